-- Reverts version 20250125000001: shared_insights loses coach_generated, source_activity_id. The
-- indexes go first: SQLite refuses to drop an indexed column.

DROP INDEX idx_shared_insights_activity;
DROP INDEX idx_shared_insights_coach_generated;

ALTER TABLE shared_insights DROP COLUMN coach_generated;
ALTER TABLE shared_insights DROP COLUMN source_activity_id;
