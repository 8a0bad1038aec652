-- Reverts version 20250120000009: drops the tenant management tables, children first.

DROP TABLE tenant_users;
DROP TABLE tenant_oauth_credentials;
DROP TABLE key_versions;
DROP TABLE audit_events;
DROP TABLE user_configurations;
DROP TABLE tenants;
DROP TABLE oauth_apps;
