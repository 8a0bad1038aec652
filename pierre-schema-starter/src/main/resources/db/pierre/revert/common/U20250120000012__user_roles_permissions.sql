-- Reverts version 20250120000012: drops its three tables and users.role. is_admin was never
-- changed by version 12, so every administrator stays one.
--
-- ALTER TABLE ... DROP COLUMN works in place on PostgreSQL and on SQLite >= 3.35 (role is not
-- indexed, referenced or part of another column's constraint; its own CHECK goes with it).

DROP TABLE user_mcp_tokens;
DROP TABLE permission_delegations;
DROP TABLE impersonation_sessions;

ALTER TABLE users DROP COLUMN role;
