-- Version 20250120000023: the prompt suggestions of each tenant and its welcome prompt.

CREATE TABLE prompt_suggestions (
    id             TEXT NOT NULL PRIMARY KEY,
    category_icon  TEXT NOT NULL,
    category_key   TEXT NOT NULL,
    category_title TEXT NOT NULL,
    display_order  BIGINT NOT NULL DEFAULT 0,
    is_active      BIGINT NOT NULL DEFAULT 1,
    pillar         TEXT NOT NULL CHECK (pillar IN ('activity', 'nutrition', 'recovery')),
    prompts        TEXT NOT NULL,
    tenant_id      TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (tenant_id, category_key)
);
CREATE INDEX idx_prompt_suggestions_active ON prompt_suggestions (tenant_id, is_active);
CREATE INDEX idx_prompt_suggestions_order ON prompt_suggestions (tenant_id, display_order);
CREATE INDEX idx_prompt_suggestions_tenant ON prompt_suggestions (tenant_id);

CREATE TABLE welcome_prompts (
    id          TEXT NOT NULL PRIMARY KEY,
    is_active   BIGINT NOT NULL DEFAULT 1,
    prompt_text TEXT NOT NULL,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (tenant_id)
);
CREATE INDEX idx_welcome_prompts_tenant ON welcome_prompts (tenant_id);
