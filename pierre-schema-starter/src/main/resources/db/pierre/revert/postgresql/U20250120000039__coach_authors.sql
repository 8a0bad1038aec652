-- Reverts version 20250120000039 (PostgreSQL): drops coach_authors; coaches loses author_id.

DROP INDEX idx_coaches_author;

ALTER TABLE coaches DROP COLUMN author_id;

DROP TABLE coach_authors;
