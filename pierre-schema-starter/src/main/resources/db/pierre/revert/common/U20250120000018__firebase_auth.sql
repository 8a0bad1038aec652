-- Reverts version 20250120000018: users loses firebase_uid and auth_provider. Their indexes go
-- first: SQLite refuses to drop an indexed column.

DROP INDEX idx_users_auth_provider;
DROP INDEX idx_users_firebase_uid;

ALTER TABLE users DROP COLUMN auth_provider;
ALTER TABLE users DROP COLUMN firebase_uid;
