-- Version 20250120000009: Multi-tenant infrastructure: tenants, their OAuth credentials, OAuth apps, key versions, audit events,
-- tenant membership and per-user configuration. user_configurations.user_id gets its foreign key
-- to users only in version 14.

CREATE TABLE oauth_apps (
    id                 TEXT NOT NULL PRIMARY KEY,
    owner_user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    app_type           TEXT NOT NULL DEFAULT 'public' CHECK (app_type IN ('confidential', 'public')),
    client_id          TEXT NOT NULL UNIQUE,
    client_secret_hash TEXT NOT NULL,
    description        TEXT,
    is_active          BIGINT NOT NULL DEFAULT 1,
    name               TEXT NOT NULL,
    redirect_uris      TEXT NOT NULL,
    scopes             TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX idx_oauth_apps_client_id ON oauth_apps (client_id);
CREATE INDEX idx_oauth_apps_owner ON oauth_apps (owner_user_id);

CREATE TABLE tenants (
    id            TEXT NOT NULL PRIMARY KEY,
    domain        TEXT UNIQUE,
    is_active     BIGINT NOT NULL DEFAULT 1,
    name          TEXT NOT NULL,
    owner_user_id TEXT NOT NULL,
    plan          TEXT NOT NULL DEFAULT 'starter' CHECK (plan IN ('enterprise', 'professional', 'starter')),
    slug          TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_tenants_owner ON tenants (owner_user_id);
CREATE INDEX idx_tenants_slug ON tenants (slug);

CREATE TABLE user_configurations (
    user_id     TEXT NOT NULL PRIMARY KEY,
    config_data TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE audit_events (
    id         TEXT NOT NULL PRIMARY KEY,
    tenant_id  TEXT REFERENCES tenants (id) ON DELETE CASCADE,
    user_id    TEXT REFERENCES users (id) ON DELETE SET NULL,
    event_type TEXT NOT NULL,
    ip_address TEXT,
    message    TEXT NOT NULL,
    metadata   TEXT,
    result     TEXT NOT NULL,
    severity   TEXT NOT NULL,
    source     TEXT NOT NULL,
    timestamp  TEXT NOT NULL,
    user_agent TEXT
);
CREATE INDEX idx_audit_events_tenant ON audit_events (tenant_id);
CREATE INDEX idx_audit_events_timestamp ON audit_events (timestamp);

CREATE TABLE key_versions (
    id         TEXT NOT NULL PRIMARY KEY,
    tenant_id  TEXT REFERENCES tenants (id) ON DELETE CASCADE,
    algorithm  TEXT NOT NULL DEFAULT 'AES-256-GCM',
    expires_at TEXT,
    is_active  BIGINT NOT NULL DEFAULT 1,
    version    BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, version)
);
CREATE INDEX idx_key_versions_active ON key_versions (tenant_id, is_active);
CREATE INDEX idx_key_versions_tenant ON key_versions (tenant_id);

CREATE TABLE tenant_oauth_credentials (
    id                      TEXT NOT NULL PRIMARY KEY,
    tenant_id               TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    client_id               TEXT NOT NULL,
    client_secret_encrypted TEXT NOT NULL,
    is_active               BIGINT NOT NULL DEFAULT 1,
    provider                TEXT NOT NULL CHECK (provider IN ('fitbit', 'garmin', 'strava', 'terra', 'whoop')),
    rate_limit_per_day      BIGINT DEFAULT 1000,
    redirect_uri            TEXT NOT NULL,
    scopes                  TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    UNIQUE (tenant_id, provider)
);
CREATE INDEX idx_tenant_oauth_provider ON tenant_oauth_credentials (provider);
CREATE INDEX idx_tenant_oauth_tenant ON tenant_oauth_credentials (tenant_id);

CREATE TABLE tenant_users (
    id          TEXT NOT NULL PRIMARY KEY,
    invited_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    invited_at  TEXT NOT NULL,
    is_active   BIGINT NOT NULL DEFAULT 1,
    joined_at   TEXT,
    permissions TEXT,
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'member', 'owner', 'viewer')),
    UNIQUE (tenant_id, user_id)
);
CREATE INDEX idx_tenant_users_tenant ON tenant_users (tenant_id);
CREATE INDEX idx_tenant_users_user ON tenant_users (user_id);
