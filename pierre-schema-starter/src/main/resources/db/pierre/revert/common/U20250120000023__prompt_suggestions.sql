-- Reverts version 20250120000023: drops welcome_prompts, prompt_suggestions (children first).

DROP TABLE welcome_prompts;
DROP TABLE prompt_suggestions;
