-- Statements written to show what the check catches; no code of the app runs them.

-- A boolean literal against an INTEGER flag: SQLite takes true as 1, PostgreSQL has no
-- integer = boolean operator.
SELECT id FROM users WHERE is_admin = true;

-- A TEXT timestamp against NOW(): SQLite has no NOW(), PostgreSQL has no text < timestamptz.
SELECT id FROM api_keys WHERE expires_at < NOW();
