-- Reverts version 20250120000036 (SQLite): coaches loses forked_from. SQLite cannot drop a
-- column that a foreign key uses, so coaches is rebuilt by SQLite's documented procedure (create
-- new_coaches, copy every row, drop coaches, rename new_coaches to coaches, recreate its
-- indexes) with foreign key enforcement off on the connection, as version 14's down script does;
-- the revert runner checks foreign keys before the transaction commits.

CREATE TABLE new_coaches (
    id               TEXT NOT NULL PRIMARY KEY,
    category         TEXT NOT NULL DEFAULT 'custom',
    content_hash     TEXT,
    description      TEXT,
    example_inputs   TEXT,
    example_outputs  TEXT,
    instructions     TEXT,
    is_active        BIGINT NOT NULL DEFAULT 0,
    is_favorite      BIGINT NOT NULL DEFAULT 0,
    is_system        BIGINT NOT NULL DEFAULT 0,
    last_used_at     TEXT,
    prerequisites    TEXT,
    purpose          TEXT,
    sample_prompts   TEXT,
    slug             TEXT,
    source_file      TEXT,
    success_criteria TEXT,
    system_prompt    TEXT NOT NULL,
    tags             TEXT,
    tenant_id        TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    title            TEXT NOT NULL,
    token_count      BIGINT NOT NULL DEFAULT 0,
    use_count        BIGINT NOT NULL DEFAULT 0,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    visibility       TEXT NOT NULL DEFAULT 'private',
    when_to_use      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

INSERT INTO new_coaches (
        id, category, content_hash, description, example_inputs, example_outputs, instructions,
        is_active, is_favorite, is_system, last_used_at, prerequisites, purpose, sample_prompts,
        slug, source_file, success_criteria, system_prompt, tags, tenant_id, title, token_count,
        use_count, user_id, visibility, when_to_use, created_at, updated_at)
SELECT
        id, category, content_hash, description, example_inputs, example_outputs, instructions,
        is_active, is_favorite, is_system, last_used_at, prerequisites, purpose, sample_prompts,
        slug, source_file, success_criteria, system_prompt, tags, tenant_id, title, token_count,
        use_count, user_id, visibility, when_to_use, created_at, updated_at
FROM coaches;

DROP TABLE coaches;
ALTER TABLE new_coaches RENAME TO coaches;
CREATE INDEX idx_coaches_active ON coaches (user_id, is_active) WHERE is_active = 1;
CREATE INDEX idx_coaches_category ON coaches (user_id, category);
CREATE INDEX idx_coaches_favorite ON coaches (user_id, is_favorite) WHERE is_favorite = 1;
CREATE INDEX idx_coaches_recent ON coaches (user_id, last_used_at DESC) WHERE last_used_at IS NOT NULL;
CREATE UNIQUE INDEX idx_coaches_slug ON coaches (tenant_id, slug) WHERE slug IS NOT NULL;
CREATE INDEX idx_coaches_source_file ON coaches (source_file) WHERE source_file IS NOT NULL;
CREATE INDEX idx_coaches_system ON coaches (tenant_id, is_system, visibility) WHERE is_system = 1;
CREATE INDEX idx_coaches_tenant ON coaches (tenant_id);
CREATE INDEX idx_coaches_user ON coaches (user_id);
