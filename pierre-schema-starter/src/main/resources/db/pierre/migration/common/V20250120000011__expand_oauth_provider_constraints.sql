-- Version 20250120000011: the provider checks of user_oauth_app_credentials and
-- tenant_oauth_credentials allow strava, fitbit, garmin, whoop and terra.
--
-- Nothing to do here: both checks already allow all five providers since the tables were
-- created (versions 1 and 9), so this version changes no table and no row. It stays in the
-- sequence so that the version numbers match the original schema's history.
-- The statement below is a harmless no-op that runs the same on SQLite and PostgreSQL, so the
-- script is not empty.
SELECT 1;
