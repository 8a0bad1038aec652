CREATE TABLE app_notes (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL
);
CREATE INDEX idx_app_notes_user_id ON app_notes (user_id);
