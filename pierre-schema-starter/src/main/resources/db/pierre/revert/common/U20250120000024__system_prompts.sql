-- Reverts version 20250120000024: drops system_prompts.

DROP TABLE system_prompts;
