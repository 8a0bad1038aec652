-- Version 20250125000001: shared_insights.source_activity_id and
-- shared_insights.coach_generated.

ALTER TABLE shared_insights ADD COLUMN coach_generated BIGINT DEFAULT 0;
ALTER TABLE shared_insights ADD COLUMN source_activity_id TEXT;

CREATE INDEX idx_shared_insights_activity ON shared_insights (source_activity_id);
CREATE INDEX idx_shared_insights_coach_generated ON shared_insights (coach_generated) WHERE coach_generated = 1;
