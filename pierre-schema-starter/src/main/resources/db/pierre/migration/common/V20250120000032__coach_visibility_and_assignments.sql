-- Version 20250120000032: coaches.is_system and coaches.visibility; the assignment of coaches to
-- users and what a user hides.

CREATE TABLE coach_assignments (
    id          TEXT NOT NULL PRIMARY KEY,
    assigned_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    coach_id    TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    UNIQUE (coach_id, user_id)
);
CREATE INDEX idx_coach_assignments_coach ON coach_assignments (coach_id);
CREATE INDEX idx_coach_assignments_user ON coach_assignments (user_id);

CREATE TABLE user_coach_preferences (
    id         TEXT NOT NULL PRIMARY KEY,
    coach_id   TEXT NOT NULL REFERENCES coaches (id) ON DELETE CASCADE,
    is_hidden  BIGINT NOT NULL DEFAULT 0,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, coach_id)
);
CREATE INDEX idx_user_coach_prefs_hidden ON user_coach_preferences (user_id, is_hidden) WHERE is_hidden = 1;
CREATE INDEX idx_user_coach_prefs_user ON user_coach_preferences (user_id);

ALTER TABLE coaches ADD COLUMN is_system BIGINT NOT NULL DEFAULT 0;
ALTER TABLE coaches ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private';

CREATE INDEX idx_coaches_system ON coaches (tenant_id, is_system, visibility) WHERE is_system = 1;
