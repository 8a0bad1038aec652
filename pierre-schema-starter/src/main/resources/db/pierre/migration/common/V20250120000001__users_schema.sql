-- Version 20250120000001: User accounts, profiles and per-user OAuth app credentials.
-- The strava_*/fitbit_* token columns of users are legacy; version 15 removes them.
-- Types: TEXT for text, ids and ISO-8601 timestamps; BIGINT for integers and 0/1 booleans (64-bit on
-- PostgreSQL, INTEGER affinity on SQLite); DOUBLE PRECISION for reals (8-byte on PostgreSQL, REAL
-- affinity on SQLite). The same statements run on both databases.

CREATE TABLE users (
    id                   TEXT NOT NULL PRIMARY KEY,
    approved_at          TEXT,
    approved_by          TEXT,
    display_name         TEXT,
    email                TEXT NOT NULL UNIQUE,
    fitbit_access_token  TEXT,
    fitbit_expires_at    BIGINT,
    fitbit_last_sync     TEXT,
    fitbit_refresh_token TEXT,
    fitbit_scope         TEXT,
    is_active            BIGINT NOT NULL DEFAULT 1,
    is_admin             BIGINT NOT NULL DEFAULT 0,
    last_active          TEXT NOT NULL,
    password_hash        TEXT NOT NULL,
    strava_access_token  TEXT,
    strava_expires_at    BIGINT,
    strava_last_sync     TEXT,
    strava_refresh_token TEXT,
    strava_scope         TEXT,
    tenant_id            TEXT,
    tier                 TEXT NOT NULL DEFAULT 'starter' CHECK (tier IN ('enterprise', 'professional', 'starter')),
    user_status          TEXT NOT NULL DEFAULT 'pending' CHECK (user_status IN ('active', 'pending', 'suspended')),
    created_at           TEXT NOT NULL
);
CREATE INDEX idx_users_email ON users (email);
CREATE INDEX idx_users_is_active ON users (is_active);
CREATE INDEX idx_users_status ON users (user_status);

CREATE TABLE user_oauth_app_credentials (
    id            TEXT NOT NULL PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id     TEXT NOT NULL,
    client_secret TEXT NOT NULL,
    provider      TEXT NOT NULL CHECK (provider IN ('fitbit', 'garmin', 'strava', 'terra', 'whoop')),
    redirect_uri  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (user_id, provider)
);
CREATE INDEX idx_user_oauth_apps_provider ON user_oauth_app_credentials (provider);
CREATE INDEX idx_user_oauth_apps_user ON user_oauth_app_credentials (user_id);
CREATE INDEX idx_user_oauth_apps_user_provider ON user_oauth_app_credentials (user_id, provider);

CREATE TABLE user_profiles (
    user_id      TEXT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    profile_data TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
