-- Version 20250120000038: the coach store: publishing, review and install count of a coach.

ALTER TABLE coaches ADD COLUMN icon_url TEXT;
ALTER TABLE coaches ADD COLUMN install_count BIGINT DEFAULT 0;
ALTER TABLE coaches ADD COLUMN publish_status TEXT DEFAULT 'draft';
ALTER TABLE coaches ADD COLUMN published_at TEXT;
ALTER TABLE coaches ADD COLUMN rejection_reason TEXT;
ALTER TABLE coaches ADD COLUMN review_decision_at TEXT;
ALTER TABLE coaches ADD COLUMN review_decision_by TEXT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE coaches ADD COLUMN review_submitted_at TEXT;

CREATE INDEX idx_coaches_install_count ON coaches (install_count DESC) WHERE publish_status = 'published';
CREATE INDEX idx_coaches_pending_review ON coaches (publish_status, review_submitted_at) WHERE publish_status = 'pending_review';
CREATE INDEX idx_coaches_publish_status ON coaches (publish_status);
CREATE INDEX idx_coaches_published ON coaches (publish_status, published_at DESC) WHERE publish_status = 'published';
