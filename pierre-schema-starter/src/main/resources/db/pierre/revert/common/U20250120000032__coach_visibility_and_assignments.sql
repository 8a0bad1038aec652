-- Reverts version 20250120000032: drops user_coach_preferences, coach_assignments (children
-- first); coaches loses is_system, visibility. The indexes go first: SQLite refuses to drop an
-- indexed column.

DROP INDEX idx_coaches_system;

ALTER TABLE coaches DROP COLUMN is_system;
ALTER TABLE coaches DROP COLUMN visibility;

DROP TABLE user_coach_preferences;
DROP TABLE coach_assignments;
