-- Version 20250120000020: runtime configuration overrides (global or per tenant), their audit log,
-- and the configuration categories with the 13 built-in ones. A category is inserted only where
-- neither its id nor its name exists yet (ON CONFLICT DO NOTHING, on SQLite and PostgreSQL alike).

CREATE TABLE admin_config_audit (
    id            TEXT NOT NULL PRIMARY KEY,
    admin_user_id TEXT NOT NULL REFERENCES users (id),
    tenant_id     TEXT REFERENCES tenants (id) ON DELETE CASCADE,
    admin_email   TEXT NOT NULL,
    category      TEXT NOT NULL,
    config_key    TEXT NOT NULL,
    data_type     TEXT NOT NULL,
    ip_address    TEXT,
    new_value     TEXT NOT NULL,
    old_value     TEXT,
    reason        TEXT,
    timestamp     TEXT NOT NULL,
    user_agent    TEXT
);
CREATE INDEX idx_admin_config_audit_admin ON admin_config_audit (admin_user_id);
CREATE INDEX idx_admin_config_audit_category ON admin_config_audit (category);
CREATE INDEX idx_admin_config_audit_key ON admin_config_audit (config_key);
CREATE INDEX idx_admin_config_audit_tenant ON admin_config_audit (tenant_id);
CREATE INDEX idx_admin_config_audit_timestamp ON admin_config_audit (timestamp DESC);

CREATE TABLE admin_config_categories (
    id            TEXT NOT NULL PRIMARY KEY,
    description   TEXT,
    display_name  TEXT NOT NULL,
    display_order BIGINT NOT NULL DEFAULT 0,
    icon          TEXT,
    is_active     BIGINT NOT NULL DEFAULT 1,
    name          TEXT NOT NULL UNIQUE
);
CREATE INDEX idx_admin_config_categories_order ON admin_config_categories (display_order);

CREATE TABLE admin_config_overrides (
    id           TEXT NOT NULL PRIMARY KEY,
    created_by   TEXT NOT NULL REFERENCES users (id),
    tenant_id    TEXT REFERENCES tenants (id) ON DELETE CASCADE,
    category     TEXT NOT NULL,
    config_key   TEXT NOT NULL,
    config_value TEXT NOT NULL,
    data_type    TEXT NOT NULL CHECK (data_type IN ('boolean', 'enum', 'float', 'integer', 'string')),
    reason       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (category, config_key, tenant_id)
);
CREATE INDEX idx_admin_config_overrides_category ON admin_config_overrides (category);
CREATE INDEX idx_admin_config_overrides_category_key ON admin_config_overrides (category, config_key);
CREATE INDEX idx_admin_config_overrides_key ON admin_config_overrides (config_key);
CREATE INDEX idx_admin_config_overrides_tenant ON admin_config_overrides (tenant_id);

INSERT INTO admin_config_categories (id, name, display_name, description, display_order, icon, is_active) VALUES
    ('cat_rate_limiting', 'rate_limiting', 'Rate Limiting', 'API rate limits and throttling settings', 10, 'gauge', 1),
    ('cat_feature_flags', 'feature_flags', 'Feature Flags', 'Enable or disable system features', 20, 'toggle', 1),
    ('cat_heart_rate', 'heart_rate_zones', 'Heart Rate Zones', 'Heart rate zone thresholds based on sports science', 30, 'heart', 1),
    ('cat_training_zones', 'training_zones', 'Training Zones', 'Training zone configurations for different sports', 40, 'activity', 1),
    ('cat_effort', 'effort_thresholds', 'Effort Thresholds', 'RPE and effort level thresholds', 50, 'flame', 1),
    ('cat_recommendation', 'recommendation_engine', 'Recommendations', 'Recommendation engine thresholds and limits', 60, 'lightbulb', 1),
    ('cat_sleep', 'sleep_recovery', 'Sleep & Recovery', 'Sleep and recovery analysis thresholds', 70, 'moon', 1),
    ('cat_tsb', 'training_stress', 'Training Stress', 'Training stress balance (TSB) thresholds', 80, 'trending', 1),
    ('cat_weather', 'weather_analysis', 'Weather Analysis', 'Weather impact analysis thresholds', 90, 'cloud', 1),
    ('cat_nutrition', 'nutrition', 'Nutrition', 'Nutrition and macronutrient recommendations', 100, 'utensils', 1),
    ('cat_algorithms', 'algorithms', 'Algorithms', 'Algorithm selection for physiological calculations', 110, 'calculator', 1),
    ('cat_tokio_runtime', 'tokio_runtime', 'Tokio Runtime', 'Async runtime worker threads and stack settings', 120, 'cpu', 1),
    ('cat_sqlx_config', 'sqlx_config', 'Database Pool', 'SQLx connection pool configuration', 130, 'database', 1)
ON CONFLICT DO NOTHING;
