-- Reverts version 20250120000031: coaches loses is_active. The indexes go first: SQLite refuses
-- to drop an indexed column.

DROP INDEX idx_coaches_active;

ALTER TABLE coaches DROP COLUMN is_active;
