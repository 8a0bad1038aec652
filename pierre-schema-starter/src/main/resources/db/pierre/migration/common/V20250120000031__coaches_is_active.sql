-- Version 20250120000031: coaches.is_active: the one coach a user has switched on.

ALTER TABLE coaches ADD COLUMN is_active BIGINT NOT NULL DEFAULT 0;

CREATE INDEX idx_coaches_active ON coaches (user_id, is_active) WHERE is_active = 1;
