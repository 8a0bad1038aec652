-- Reverts version 20250120000026 (SQLite): drops the tool catalog, its seeded tools with it, and
-- the tenants' overrides, children first.

DROP TABLE tenant_tool_overrides;
DROP TABLE tool_catalog;
