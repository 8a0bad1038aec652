-- Runs on SQLite only: PostgreSQL has no AUTOINCREMENT.
CREATE TABLE app_counters (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT REFERENCES users (id));
