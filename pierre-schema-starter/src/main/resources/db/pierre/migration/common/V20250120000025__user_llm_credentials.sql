-- Version 20250120000025: the users' own LLM provider credentials (or a tenant's default,
-- user_id NULL) and their audit trail.

CREATE TABLE user_llm_credentials (
    id                TEXT NOT NULL PRIMARY KEY,
    api_key_encrypted TEXT NOT NULL,
    base_url          TEXT,
    created_by        TEXT NOT NULL REFERENCES users (id),
    default_model     TEXT,
    is_active         BIGINT NOT NULL DEFAULT 1,
    provider          TEXT NOT NULL CHECK (provider IN ('anthropic', 'gemini', 'groq', 'local', 'openai')),
    tenant_id         TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id           TEXT REFERENCES users (id) ON DELETE CASCADE,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (tenant_id, user_id, provider)
);
CREATE INDEX idx_user_llm_credentials_lookup ON user_llm_credentials (tenant_id, user_id, provider);
CREATE INDEX idx_user_llm_credentials_provider ON user_llm_credentials (provider);
CREATE INDEX idx_user_llm_credentials_tenant ON user_llm_credentials (tenant_id);
CREATE INDEX idx_user_llm_credentials_tenant_default ON user_llm_credentials (tenant_id, provider) WHERE user_id IS NULL;
CREATE INDEX idx_user_llm_credentials_user ON user_llm_credentials (user_id);

CREATE TABLE user_llm_credentials_audit (
    id            TEXT NOT NULL PRIMARY KEY,
    action        TEXT NOT NULL CHECK (action IN ('create', 'delete', 'rotate', 'update')),
    changed_by    TEXT NOT NULL REFERENCES users (id),
    credential_id TEXT NOT NULL,
    ip_address    TEXT,
    provider      TEXT NOT NULL,
    reason        TEXT,
    tenant_id     TEXT NOT NULL,
    timestamp     TEXT NOT NULL,
    user_agent    TEXT,
    user_id       TEXT
);
CREATE INDEX idx_user_llm_audit_tenant ON user_llm_credentials_audit (tenant_id);
CREATE INDEX idx_user_llm_audit_timestamp ON user_llm_credentials_audit (timestamp DESC);
CREATE INDEX idx_user_llm_audit_user ON user_llm_credentials_audit (user_id);
