-- Version 20250120000003: Analytics: JWT usage, goals, insights and request logs.

CREATE TABLE goals (
    id         TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    goal_data  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_goals_user_id ON goals (user_id);

CREATE TABLE insights (
    id           TEXT NOT NULL PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_id  TEXT,
    insight_data TEXT NOT NULL,
    insight_type TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX idx_insights_activity_id ON insights (activity_id);
CREATE INDEX idx_insights_user_id ON insights (user_id);

CREATE TABLE jwt_usage (
    id                  TEXT NOT NULL PRIMARY KEY,
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    endpoint            TEXT NOT NULL,
    ip_address          TEXT,
    method              TEXT NOT NULL,
    request_size_bytes  BIGINT,
    response_size_bytes BIGINT,
    response_time_ms    BIGINT,
    status_code         BIGINT NOT NULL,
    timestamp           TEXT NOT NULL,
    user_agent          TEXT
);
CREATE INDEX idx_jwt_usage_timestamp ON jwt_usage (timestamp);
CREATE INDEX idx_jwt_usage_user_id ON jwt_usage (user_id);

CREATE TABLE request_logs (
    id               TEXT NOT NULL PRIMARY KEY,
    api_key_id       TEXT REFERENCES api_keys (id) ON DELETE CASCADE,
    user_id          TEXT REFERENCES users (id) ON DELETE CASCADE,
    endpoint         TEXT NOT NULL,
    error_message    TEXT,
    method           TEXT NOT NULL,
    response_time_ms BIGINT,
    status_code      BIGINT NOT NULL,
    timestamp        TEXT NOT NULL
);
CREATE INDEX idx_request_logs_timestamp ON request_logs (timestamp);
