-- Version 20250120000018: Firebase authentication. users gets firebase_uid (unique among the users
-- that have one, hence a partial unique index) and auth_provider ('email' unless told otherwise).

-- SQLite adds one column per ALTER TABLE; a NOT NULL column needs its non-null default there.
ALTER TABLE users ADD COLUMN firebase_uid TEXT;
ALTER TABLE users ADD COLUMN auth_provider TEXT NOT NULL DEFAULT 'email';

CREATE UNIQUE INDEX idx_users_firebase_uid ON users (firebase_uid) WHERE firebase_uid IS NOT NULL;
CREATE INDEX idx_users_auth_provider ON users (auth_provider);
