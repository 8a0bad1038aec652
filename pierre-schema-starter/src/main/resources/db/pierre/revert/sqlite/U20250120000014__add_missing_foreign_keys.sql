-- Reverts version 20250120000014 (SQLite): a2a_clients and user_configurations lose the foreign
-- keys of user_id to users(id), and idx_a2a_clients_user_id goes. Every row stays; the rows that
-- version 14 removed (those without a user) do not come back.
--
-- SQLite cannot drop a foreign key, so both tables are rebuilt by SQLite's documented procedure
-- (create new_x, copy every row, drop x, rename new_x to x, recreate x's indexes), with foreign
-- key enforcement off on the connection, so that dropping the old tables cascades nowhere; the
-- revert runner checks foreign keys before the transaction commits.

-- 1. a2a_clients as version 4 made it; its children keep pointing at the name a2a_clients.
CREATE TABLE new_a2a_clients (
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

INSERT INTO new_a2a_clients (id, capabilities, client_secret, description, is_active, name, permissions,
        public_key, rate_limit_requests, rate_limit_window_seconds, redirect_uris, user_id, created_at,
        updated_at)
SELECT id, capabilities, client_secret, description, is_active, name, permissions,
        public_key, rate_limit_requests, rate_limit_window_seconds, redirect_uris, user_id, created_at,
        updated_at
FROM a2a_clients;

-- Drops idx_a2a_clients_user_id with it: version 13 has no named index on a2a_clients.
DROP TABLE a2a_clients;
ALTER TABLE new_a2a_clients RENAME TO a2a_clients;

-- 2. user_configurations as version 9 made it (no named index to recreate).
CREATE TABLE new_user_configurations (
    user_id     TEXT NOT NULL PRIMARY KEY,
    config_data TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

INSERT INTO new_user_configurations (user_id, config_data, created_at, updated_at)
SELECT user_id, config_data, created_at, updated_at
FROM user_configurations;

DROP TABLE user_configurations;
ALTER TABLE new_user_configurations RENAME TO user_configurations;
