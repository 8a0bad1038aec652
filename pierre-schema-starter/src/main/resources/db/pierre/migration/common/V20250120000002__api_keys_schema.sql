-- Version 20250120000002: API keys and their usage log.

CREATE TABLE api_keys (
    id                        TEXT NOT NULL PRIMARY KEY,
    user_id                   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    description               TEXT,
    expires_at                TEXT,
    is_active                 BIGINT NOT NULL DEFAULT 1,
    key_hash                  TEXT NOT NULL UNIQUE,
    key_prefix                TEXT NOT NULL UNIQUE,
    last_used_at              TEXT,
    name                      TEXT NOT NULL,
    rate_limit_requests       BIGINT,
    rate_limit_window_seconds BIGINT,
    tier                      TEXT NOT NULL CHECK (tier IN ('enterprise', 'professional', 'starter', 'trial')),
    created_at                TEXT NOT NULL
);
CREATE INDEX idx_api_keys_key_prefix ON api_keys (key_prefix);
CREATE INDEX idx_api_keys_user_id ON api_keys (user_id);

CREATE TABLE api_key_usage (
    id                  TEXT NOT NULL PRIMARY KEY,
    api_key_id          TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    error_message       TEXT,
    ip_address          TEXT,
    request_size_bytes  BIGINT,
    response_size_bytes BIGINT,
    response_time_ms    BIGINT,
    status_code         BIGINT NOT NULL,
    timestamp           TEXT NOT NULL,
    tool_name           TEXT NOT NULL,
    user_agent          TEXT
);
CREATE INDEX idx_api_key_usage_key_id ON api_key_usage (api_key_id);
CREATE INDEX idx_api_key_usage_timestamp ON api_key_usage (timestamp);
