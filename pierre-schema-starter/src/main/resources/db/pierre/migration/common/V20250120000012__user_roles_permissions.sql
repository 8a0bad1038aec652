-- Version 20250120000012: role-based permissions. users gets a role (super_admin, admin or user,
-- 'user' unless told otherwise); every existing administrator (is_admin = 1) becomes 'admin'.
-- New tables: impersonation_sessions, permission_delegations and user_mcp_tokens.

-- ADD COLUMN with NOT NULL needs a non-null default on SQLite; both databases fill existing rows
-- with it and test the CHECK against them.
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'super_admin', 'user'));

UPDATE users SET role = 'admin' WHERE is_admin = 1;

CREATE TABLE impersonation_sessions (
    id              TEXT NOT NULL PRIMARY KEY,
    impersonator_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    target_user_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    ended_at        TEXT,
    is_active       BIGINT NOT NULL DEFAULT 1,
    reason          TEXT,
    started_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX idx_impersonation_active ON impersonation_sessions (impersonator_id, is_active);
CREATE INDEX idx_impersonation_target ON impersonation_sessions (target_user_id);

CREATE TABLE permission_delegations (
    id          TEXT NOT NULL PRIMARY KEY,
    grantee_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    grantor_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TEXT,
    permissions BIGINT NOT NULL DEFAULT 0,
    revoked_at  TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (grantor_id, grantee_id)
);
CREATE INDEX idx_delegation_grantee ON permission_delegations (grantee_id);
CREATE INDEX idx_delegation_grantor ON permission_delegations (grantor_id);

CREATE TABLE user_mcp_tokens (
    id           TEXT NOT NULL PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at   TEXT,
    is_revoked   BIGINT NOT NULL DEFAULT 0,
    last_used_at TEXT,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL,
    token_prefix TEXT NOT NULL,
    usage_count  BIGINT NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL
);
CREATE INDEX idx_user_tokens_prefix ON user_mcp_tokens (token_prefix);
CREATE INDEX idx_user_tokens_user ON user_mcp_tokens (user_id, is_revoked);

