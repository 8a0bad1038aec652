-- Version 20250120000034: coaches.sample_prompts.

ALTER TABLE coaches ADD COLUMN sample_prompts TEXT;
