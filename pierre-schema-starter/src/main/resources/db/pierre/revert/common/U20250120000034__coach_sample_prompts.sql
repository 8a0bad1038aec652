-- Reverts version 20250120000034: coaches loses sample_prompts.

ALTER TABLE coaches DROP COLUMN sample_prompts;
