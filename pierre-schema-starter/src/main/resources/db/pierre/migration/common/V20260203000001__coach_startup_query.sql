-- Version 20260203000001: coaches.startup_query.

ALTER TABLE coaches ADD COLUMN startup_query TEXT;

CREATE INDEX idx_coaches_startup_query ON coaches (id) WHERE startup_query IS NOT NULL;
