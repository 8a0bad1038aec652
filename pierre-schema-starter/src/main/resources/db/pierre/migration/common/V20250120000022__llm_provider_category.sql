-- Version 20250120000022: one more configuration category, cat_llm_provider, inserted only where
-- its id and name are absent.

INSERT INTO admin_config_categories (id, name, display_name, description, display_order, icon, is_active) VALUES
    ('cat_llm_provider', 'llm_provider', 'LLM Provider', 'AI model provider configuration for chat and recipe generation', 95, 'brain', 1)
ON CONFLICT DO NOTHING;
