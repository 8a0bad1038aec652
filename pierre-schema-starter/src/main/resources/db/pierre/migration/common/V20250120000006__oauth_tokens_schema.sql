-- Version 20250120000006: Per-user, per-tenant OAuth tokens of the fitness providers.

CREATE TABLE user_oauth_tokens (
    id            TEXT NOT NULL PRIMARY KEY,
    access_token  TEXT NOT NULL,
    expires_at    TEXT,
    provider      TEXT NOT NULL,
    refresh_token TEXT,
    scope         TEXT,
    tenant_id     TEXT NOT NULL,
    token_type    TEXT NOT NULL DEFAULT 'bearer',
    user_id       TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (user_id, tenant_id, provider)
);
CREATE INDEX idx_user_oauth_tokens_tenant_provider ON user_oauth_tokens (tenant_id, provider);
CREATE INDEX idx_user_oauth_tokens_user ON user_oauth_tokens (user_id);
