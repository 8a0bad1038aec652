-- Reverts version 20250120000035: drops coach_versions, coach_relations (children first);
-- coaches loses content_hash, example_inputs, example_outputs, instructions, prerequisites,
-- purpose, slug, source_file, success_criteria, when_to_use. The indexes go first: SQLite
-- refuses to drop an indexed column.

DROP INDEX idx_coaches_slug;
DROP INDEX idx_coaches_source_file;

ALTER TABLE coaches DROP COLUMN content_hash;
ALTER TABLE coaches DROP COLUMN example_inputs;
ALTER TABLE coaches DROP COLUMN example_outputs;
ALTER TABLE coaches DROP COLUMN instructions;
ALTER TABLE coaches DROP COLUMN prerequisites;
ALTER TABLE coaches DROP COLUMN purpose;
ALTER TABLE coaches DROP COLUMN slug;
ALTER TABLE coaches DROP COLUMN source_file;
ALTER TABLE coaches DROP COLUMN success_criteria;
ALTER TABLE coaches DROP COLUMN when_to_use;

DROP TABLE coach_versions;
DROP TABLE coach_relations;
