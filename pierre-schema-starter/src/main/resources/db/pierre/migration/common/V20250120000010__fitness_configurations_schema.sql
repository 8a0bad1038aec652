-- Version 20250120000010: Fitness-specific configurations per tenant and, optionally, per user.

CREATE TABLE fitness_configurations (
    id                 TEXT NOT NULL PRIMARY KEY,
    tenant_id          TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    config_data        TEXT NOT NULL,
    configuration_name TEXT NOT NULL DEFAULT 'default',
    user_id            TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (tenant_id, user_id, configuration_name)
);
CREATE INDEX idx_fitness_configs_tenant ON fitness_configurations (tenant_id);
CREATE INDEX idx_fitness_configs_tenant_user ON fitness_configurations (tenant_id, user_id);
CREATE INDEX idx_fitness_configs_user ON fitness_configurations (user_id);
