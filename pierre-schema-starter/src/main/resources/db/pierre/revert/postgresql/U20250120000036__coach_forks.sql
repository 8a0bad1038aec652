-- Reverts version 20250120000036 (PostgreSQL): coaches loses forked_from.

DROP INDEX idx_coaches_forked_from;

ALTER TABLE coaches DROP COLUMN forked_from;
