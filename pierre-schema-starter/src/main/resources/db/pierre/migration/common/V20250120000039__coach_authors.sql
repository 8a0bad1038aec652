-- Version 20250120000039: the authors of the store; coaches.author_id.

CREATE TABLE coach_authors (
    id                    TEXT NOT NULL PRIMARY KEY,
    avatar_url            TEXT,
    bio                   TEXT,
    display_name          TEXT NOT NULL,
    is_verified           BIGINT NOT NULL DEFAULT 0,
    published_coach_count BIGINT NOT NULL DEFAULT 0,
    tenant_id             TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    total_install_count   BIGINT NOT NULL DEFAULT 0,
    user_id               TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    verified_at           TEXT,
    verified_by           TEXT REFERENCES users (id) ON DELETE SET NULL,
    website_url           TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    UNIQUE (user_id, tenant_id)
);
CREATE INDEX idx_coach_authors_popular ON coach_authors (total_install_count DESC) WHERE published_coach_count > 0;
CREATE INDEX idx_coach_authors_user ON coach_authors (user_id, tenant_id);
CREATE INDEX idx_coach_authors_verified ON coach_authors (is_verified, total_install_count DESC) WHERE is_verified = 1;

ALTER TABLE coaches ADD COLUMN author_id TEXT REFERENCES coach_authors (id) ON DELETE SET NULL;

CREATE INDEX idx_coaches_author ON coaches (author_id) WHERE author_id IS NOT NULL;
