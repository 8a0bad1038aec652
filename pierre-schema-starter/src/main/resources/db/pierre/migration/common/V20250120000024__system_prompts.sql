-- Version 20250120000024: the system prompt of each tenant.

CREATE TABLE system_prompts (
    id          TEXT NOT NULL PRIMARY KEY,
    is_active   BIGINT NOT NULL DEFAULT 1,
    prompt_text TEXT NOT NULL,
    tenant_id   TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (tenant_id)
);
CREATE INDEX idx_system_prompts_tenant ON system_prompts (tenant_id);
