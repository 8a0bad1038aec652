-- Version 20250120000004: Agent-to-Agent (A2A) protocol: clients, sessions, tasks, usage and client API keys.
-- a2a_clients.user_id gets its foreign key to users only in version 14.

CREATE TABLE a2a_clients (
    id                        TEXT NOT NULL PRIMARY KEY,
    capabilities              TEXT NOT NULL DEFAULT '[]',
    client_secret             TEXT NOT NULL,
    description               TEXT,
    is_active                 BIGINT NOT NULL DEFAULT 1,
    name                      TEXT NOT NULL,
    permissions               TEXT NOT NULL,
    public_key                TEXT NOT NULL UNIQUE,
    rate_limit_requests       BIGINT NOT NULL DEFAULT 1000,
    rate_limit_window_seconds BIGINT NOT NULL DEFAULT 3600,
    redirect_uris             TEXT NOT NULL DEFAULT '[]',
    user_id                   TEXT NOT NULL,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

CREATE TABLE a2a_sessions (
    session_token  TEXT NOT NULL PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    user_id        TEXT REFERENCES users (id) ON DELETE CASCADE,
    expires_at     TEXT NOT NULL,
    granted_scopes TEXT NOT NULL,
    last_activity  TEXT NOT NULL,
    requests_count BIGINT NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL
);
CREATE INDEX idx_a2a_sessions_client_id ON a2a_sessions (client_id);
CREATE INDEX idx_a2a_sessions_expires_at ON a2a_sessions (expires_at);

CREATE TABLE a2a_tasks (
    id            TEXT NOT NULL PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    completed_at  TEXT,
    error_message TEXT,
    input_data    TEXT NOT NULL,
    output_data   TEXT,
    status        TEXT NOT NULL CHECK (status IN ('cancelled', 'completed', 'failed', 'pending', 'running')),
    task_type     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX idx_a2a_tasks_client_id ON a2a_tasks (client_id);
CREATE INDEX idx_a2a_tasks_status ON a2a_tasks (status);

CREATE TABLE a2a_usage (
    id                  TEXT NOT NULL PRIMARY KEY,
    client_id           TEXT NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    session_token       TEXT REFERENCES a2a_sessions (session_token) ON DELETE SET NULL,
    client_capabilities TEXT NOT NULL DEFAULT '[]',
    error_message       TEXT,
    granted_scopes      TEXT NOT NULL DEFAULT '[]',
    ip_address          TEXT,
    protocol_version    TEXT NOT NULL DEFAULT '1.0',
    request_size_bytes  BIGINT,
    response_size_bytes BIGINT,
    response_time_ms    BIGINT,
    status_code         BIGINT NOT NULL,
    timestamp           TEXT NOT NULL,
    tool_name           TEXT NOT NULL,
    user_agent          TEXT
);
CREATE INDEX idx_a2a_usage_client_id ON a2a_usage (client_id);
CREATE INDEX idx_a2a_usage_timestamp ON a2a_usage (timestamp);

CREATE TABLE a2a_client_api_keys (
    client_id  TEXT NOT NULL REFERENCES a2a_clients (id) ON DELETE CASCADE,
    api_key_id TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    PRIMARY KEY (client_id, api_key_id)
);
CREATE INDEX idx_a2a_client_api_keys_api_key_id ON a2a_client_api_keys (api_key_id);
