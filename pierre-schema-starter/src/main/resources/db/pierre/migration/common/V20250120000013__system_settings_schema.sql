-- Version 20250120000013: system_settings, a key-value store for admin configuration, with the
-- setting auto_approval_enabled = 'false'. The row is inserted only where it is absent (ON CONFLICT
-- DO NOTHING runs on SQLite >= 3.24 and on PostgreSQL); its timestamps come from the database's
-- clock as ISO-8601 UTC text, through the utc_now placeholder that the migration runner sets.

CREATE TABLE system_settings (
    key         TEXT NOT NULL PRIMARY KEY,
    description TEXT,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX idx_system_settings_key ON system_settings (key);

INSERT INTO system_settings (key, value, description, created_at, updated_at) VALUES
    ('auto_approval_enabled', 'false',
     'When enabled, new user registrations are automatically approved without admin intervention',
     ${utc_now}, ${utc_now})
ON CONFLICT DO NOTHING;
