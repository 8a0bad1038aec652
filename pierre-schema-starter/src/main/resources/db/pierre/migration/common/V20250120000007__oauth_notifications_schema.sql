-- Version 20250120000007: OAuth completion notifications shown to the user.

CREATE TABLE oauth_notifications (
    id         TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT,
    message    TEXT NOT NULL,
    provider   TEXT NOT NULL,
    read_at    TEXT,
    success    BIGINT NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_oauth_notifications_user_id ON oauth_notifications (user_id);
CREATE INDEX idx_oauth_notifications_user_unread ON oauth_notifications (user_id, read_at);
