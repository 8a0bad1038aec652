-- A statement that fits, with a ';' in a literal: not a statement's end.
SELECT id FROM users WHERE email = ';';

/* Unknown on both databases. */
SELECT missing_column FROM users;

-- A boolean literal against the INTEGER flag: PostgreSQL refuses it.
SELECT id FROM users WHERE is_admin = true;
-- only a comment after the last statement
