-- Version 20250120000036: coaches.forked_from: the coach a coach was copied from.

ALTER TABLE coaches ADD COLUMN forked_from TEXT REFERENCES coaches (id) ON DELETE SET NULL;

CREATE INDEX idx_coaches_forked_from ON coaches (forked_from) WHERE forked_from IS NOT NULL;
