-- Version 20250120000035: ten more coach columns (the coach's definition as a file: slug,
-- purpose, instructions, ...), the relations between coaches and the versions of a coach.

CREATE TABLE coach_relations (
    id               TEXT NOT NULL PRIMARY KEY,
    coach_id         TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    related_coach_id TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    relation_type    TEXT NOT NULL CHECK (relation_type IN ('alternative', 'prerequisite', 'related', 'sequel')),
    created_at       TEXT NOT NULL,
    UNIQUE (coach_id, related_coach_id, relation_type)
);
CREATE INDEX idx_coach_relations_coach ON coach_relations (coach_id);
CREATE INDEX idx_coach_relations_related ON coach_relations (related_coach_id);

CREATE TABLE coach_versions (
    id               TEXT NOT NULL PRIMARY KEY,
    change_summary   TEXT,
    coach_id         TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    content_hash     TEXT NOT NULL,
    content_snapshot TEXT NOT NULL,
    created_by       TEXT REFERENCES users (id) ON DELETE SET NULL,
    version          BIGINT NOT NULL,
    created_at       TEXT NOT NULL,
    UNIQUE (coach_id, version)
);
CREATE INDEX idx_coach_versions_coach ON coach_versions (coach_id, version DESC);

ALTER TABLE coaches ADD COLUMN content_hash TEXT;
ALTER TABLE coaches ADD COLUMN example_inputs TEXT;
ALTER TABLE coaches ADD COLUMN example_outputs TEXT;
ALTER TABLE coaches ADD COLUMN instructions TEXT;
ALTER TABLE coaches ADD COLUMN prerequisites TEXT;
ALTER TABLE coaches ADD COLUMN purpose TEXT;
ALTER TABLE coaches ADD COLUMN slug TEXT;
ALTER TABLE coaches ADD COLUMN source_file TEXT;
ALTER TABLE coaches ADD COLUMN success_criteria TEXT;
ALTER TABLE coaches ADD COLUMN when_to_use TEXT;

CREATE UNIQUE INDEX idx_coaches_slug ON coaches (tenant_id, slug) WHERE slug IS NOT NULL;
CREATE INDEX idx_coaches_source_file ON coaches (source_file) WHERE source_file IS NOT NULL;
