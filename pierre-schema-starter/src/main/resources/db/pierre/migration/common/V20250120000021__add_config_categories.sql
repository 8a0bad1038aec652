-- Version 20250120000021: six more configuration categories (cache TTL, the Strava, Fitbit and
-- Garmin providers, MCP network, monitoring), each inserted only where its id and name are absent.

INSERT INTO admin_config_categories (id, name, display_name, description, display_order, icon, is_active) VALUES
    ('cat_cache_ttl', 'cache_ttl', 'Cache TTL', 'Time-to-live settings for various caches', 140, 'clock', 1),
    ('cat_provider_strava', 'provider_strava', 'Strava Provider', 'Strava API integration settings', 150, 'activity', 1),
    ('cat_provider_fitbit', 'provider_fitbit', 'Fitbit Provider', 'Fitbit API integration settings', 160, 'watch', 1),
    ('cat_provider_garmin', 'provider_garmin', 'Garmin Provider', 'Garmin API integration settings', 170, 'watch', 1),
    ('cat_mcp_network', 'mcp_network', 'MCP Network', 'Model Context Protocol network settings', 180, 'network', 1),
    ('cat_monitoring', 'monitoring', 'Monitoring', 'System health and performance monitoring settings', 190, 'chart', 1)
ON CONFLICT DO NOTHING;
