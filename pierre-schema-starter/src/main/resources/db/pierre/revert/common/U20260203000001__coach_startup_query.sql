-- Reverts version 20260203000001: coaches loses startup_query. The indexes go first: SQLite
-- refuses to drop an indexed column.

DROP INDEX idx_coaches_startup_query;

ALTER TABLE coaches DROP COLUMN startup_query;
