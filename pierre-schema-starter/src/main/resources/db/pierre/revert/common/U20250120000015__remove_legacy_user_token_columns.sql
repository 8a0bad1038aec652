-- Reverts version 20250120000015: the ten legacy strava_* and fitbit_* columns come back to users,
-- empty (the tokens live in user_oauth_tokens), and user_oauth_tokens loses last_sync. Column
-- order means nothing to the schema, so ADD COLUMN in place serves both databases.

ALTER TABLE users ADD COLUMN fitbit_access_token TEXT;
ALTER TABLE users ADD COLUMN fitbit_expires_at BIGINT;
ALTER TABLE users ADD COLUMN fitbit_last_sync TEXT;
ALTER TABLE users ADD COLUMN fitbit_refresh_token TEXT;
ALTER TABLE users ADD COLUMN fitbit_scope TEXT;
ALTER TABLE users ADD COLUMN strava_access_token TEXT;
ALTER TABLE users ADD COLUMN strava_expires_at BIGINT;
ALTER TABLE users ADD COLUMN strava_last_sync TEXT;
ALTER TABLE users ADD COLUMN strava_refresh_token TEXT;
ALTER TABLE users ADD COLUMN strava_scope TEXT;

ALTER TABLE user_oauth_tokens DROP COLUMN last_sync;
