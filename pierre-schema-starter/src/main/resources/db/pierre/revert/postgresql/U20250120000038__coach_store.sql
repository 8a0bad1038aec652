-- Reverts version 20250120000038 (PostgreSQL): coaches loses icon_url, install_count,
-- publish_status, published_at, rejection_reason, review_decision_at, review_decision_by,
-- review_submitted_at.

DROP INDEX idx_coaches_install_count;
DROP INDEX idx_coaches_pending_review;
DROP INDEX idx_coaches_publish_status;
DROP INDEX idx_coaches_published;

ALTER TABLE coaches DROP COLUMN icon_url;
ALTER TABLE coaches DROP COLUMN install_count;
ALTER TABLE coaches DROP COLUMN publish_status;
ALTER TABLE coaches DROP COLUMN published_at;
ALTER TABLE coaches DROP COLUMN rejection_reason;
ALTER TABLE coaches DROP COLUMN review_decision_at;
ALTER TABLE coaches DROP COLUMN review_decision_by;
ALTER TABLE coaches DROP COLUMN review_submitted_at;
