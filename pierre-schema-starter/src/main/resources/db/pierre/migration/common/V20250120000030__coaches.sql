-- Version 20250120000030: coaches: the personas a user writes for the AI assistant.

CREATE TABLE coaches (
    id            TEXT NOT NULL PRIMARY KEY,
    category      TEXT NOT NULL DEFAULT 'custom',
    description   TEXT,
    is_favorite   BIGINT NOT NULL DEFAULT 0,
    last_used_at  TEXT,
    system_prompt TEXT NOT NULL,
    tags          TEXT,
    tenant_id     TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    title         TEXT NOT NULL,
    token_count   BIGINT NOT NULL DEFAULT 0,
    use_count     BIGINT NOT NULL DEFAULT 0,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_coaches_category ON coaches (user_id, category);
CREATE INDEX idx_coaches_favorite ON coaches (user_id, is_favorite) WHERE is_favorite = 1;
CREATE INDEX idx_coaches_recent ON coaches (user_id, last_used_at DESC) WHERE last_used_at IS NOT NULL;
CREATE INDEX idx_coaches_tenant ON coaches (tenant_id);
CREATE INDEX idx_coaches_user ON coaches (user_id);
