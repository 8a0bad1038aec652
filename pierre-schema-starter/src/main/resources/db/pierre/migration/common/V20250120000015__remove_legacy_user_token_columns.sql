-- Version 20250120000015: provider tokens live in user_oauth_tokens, which gains last_sync; the ten
-- legacy strava_* and fitbit_* columns leave users.
--
-- ALTER TABLE ... DROP COLUMN works in place on PostgreSQL and on SQLite >= 3.35 (none of these
-- columns is indexed, constrained or referenced), so users is not rebuilt: no table is dropped,
-- nothing can cascade, and every user and every row referencing a user stays.

ALTER TABLE user_oauth_tokens ADD COLUMN last_sync TEXT;

ALTER TABLE users DROP COLUMN strava_access_token;
ALTER TABLE users DROP COLUMN strava_refresh_token;
ALTER TABLE users DROP COLUMN strava_expires_at;
ALTER TABLE users DROP COLUMN strava_scope;
ALTER TABLE users DROP COLUMN strava_last_sync;
ALTER TABLE users DROP COLUMN fitbit_access_token;
ALTER TABLE users DROP COLUMN fitbit_refresh_token;
ALTER TABLE users DROP COLUMN fitbit_expires_at;
ALTER TABLE users DROP COLUMN fitbit_scope;
ALTER TABLE users DROP COLUMN fitbit_last_sync;
