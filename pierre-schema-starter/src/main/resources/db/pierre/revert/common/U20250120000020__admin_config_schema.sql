-- Reverts version 20250120000020: drops the runtime configuration tables, with the categories
-- that it seeded.

DROP TABLE admin_config_overrides;
DROP TABLE admin_config_categories;
DROP TABLE admin_config_audit;
