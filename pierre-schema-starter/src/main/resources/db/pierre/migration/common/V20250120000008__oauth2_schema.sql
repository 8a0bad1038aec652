-- Version 20250120000008: OAuth2 authorization server (RFC 7591 dynamic client registration): clients, codes, refresh tokens, states.

CREATE TABLE oauth2_clients (
    id                 TEXT NOT NULL PRIMARY KEY,
    client_id          TEXT NOT NULL UNIQUE,
    client_name        TEXT,
    client_secret_hash TEXT NOT NULL,
    client_uri         TEXT,
    expires_at         TEXT,
    grant_types        TEXT NOT NULL,
    redirect_uris      TEXT NOT NULL,
    response_types     TEXT NOT NULL,
    scope              TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX idx_oauth2_clients_client_id ON oauth2_clients (client_id);

CREATE TABLE oauth2_refresh_tokens (
    token      TEXT NOT NULL PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL,
    revoked    BIGINT NOT NULL DEFAULT 0,
    scope      TEXT,
    tenant_id  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_oauth2_refresh_tokens_tenant_user ON oauth2_refresh_tokens (tenant_id, user_id);
CREATE INDEX idx_oauth2_refresh_tokens_token ON oauth2_refresh_tokens (token);
CREATE INDEX idx_oauth2_refresh_tokens_user_id ON oauth2_refresh_tokens (user_id);

CREATE TABLE oauth2_states (
    state                 TEXT NOT NULL PRIMARY KEY,
    client_id             TEXT NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    code_challenge        TEXT,
    code_challenge_method TEXT,
    expires_at            TEXT NOT NULL,
    redirect_uri          TEXT NOT NULL,
    scope                 TEXT,
    tenant_id             TEXT,
    used                  BIGINT NOT NULL DEFAULT 0,
    user_id               TEXT,
    created_at            TEXT NOT NULL
);
CREATE INDEX idx_oauth2_states_expires_at ON oauth2_states (expires_at);
CREATE INDEX idx_oauth2_states_state ON oauth2_states (state);

CREATE TABLE oauth2_auth_codes (
    code                  TEXT NOT NULL PRIMARY KEY,
    client_id             TEXT NOT NULL REFERENCES oauth2_clients (client_id) ON DELETE CASCADE,
    code_challenge        TEXT,
    code_challenge_method TEXT,
    expires_at            TEXT NOT NULL,
    redirect_uri          TEXT NOT NULL,
    scope                 TEXT,
    state                 TEXT,
    tenant_id             TEXT NOT NULL,
    used                  BIGINT NOT NULL DEFAULT 0,
    user_id               TEXT NOT NULL
);
CREATE INDEX idx_oauth2_auth_codes_code ON oauth2_auth_codes (code);
CREATE INDEX idx_oauth2_auth_codes_expires_at ON oauth2_auth_codes (expires_at);
CREATE INDEX idx_oauth2_auth_codes_tenant_user ON oauth2_auth_codes (tenant_id, user_id);
