-- The fixture service's own table, beside the Pierre schema and referencing its users.
CREATE TABLE app_notes (
    id         TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    pinned     BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_app_notes_user_id ON app_notes (user_id);
