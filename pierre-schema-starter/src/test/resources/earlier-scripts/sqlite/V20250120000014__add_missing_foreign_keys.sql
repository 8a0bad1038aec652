-- Version 20250120000014 (SQLite): a2a_clients.user_id and user_configurations.user_id become
-- foreign keys to users(id) ON DELETE CASCADE; new index idx_a2a_clients_user_id.
--
-- Why SQLite differs: SQLite cannot add a foreign key to an existing table, so both tables are
-- rebuilt by SQLite's documented procedure (create new_x, copy every row, drop x, rename new_x to
-- x, recreate x's indexes). The migration runner has turned foreign key enforcement off for the
-- run, so dropping the old tables cascades nowhere, and it runs PRAGMA foreign_key_check before
-- this version commits. With enforcement off nothing cascades by itself either: the rows that
-- would have no user after this version, and what a cascade would take with them, are removed
-- explicitly, children first.

-- 1. Orphans: A2A clients whose user does not exist, and what hangs off them. They are found once,
--    by one pass over a2a_clients; each child table then loses its orphans through its client_id
--    index, so that a database without orphans (the usual case) is not read table by table.
--    a2a_usage.session_token is ON DELETE SET NULL: usage rows of other clients that point at a
--    session about to go keep their row and lose the session reference, as a cascade would do.
--    No index serves that column, so it is read only when there are orphans.
CREATE TEMP TABLE pierre_v14_orphaned_clients (id TEXT NOT NULL PRIMARY KEY);

INSERT INTO pierre_v14_orphaned_clients (id)
SELECT id FROM a2a_clients c WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id);

DELETE FROM a2a_usage WHERE client_id IN (SELECT id FROM pierre_v14_orphaned_clients);

UPDATE a2a_usage SET session_token = NULL
WHERE EXISTS (SELECT 1 FROM pierre_v14_orphaned_clients)
  AND session_token IN (SELECT s.session_token FROM a2a_sessions s
                        WHERE s.client_id IN (SELECT id FROM pierre_v14_orphaned_clients));

DELETE FROM a2a_sessions WHERE client_id IN (SELECT id FROM pierre_v14_orphaned_clients);

DELETE FROM a2a_tasks WHERE client_id IN (SELECT id FROM pierre_v14_orphaned_clients);

DELETE FROM a2a_client_api_keys WHERE client_id IN (SELECT id FROM pierre_v14_orphaned_clients);

DELETE FROM a2a_clients WHERE id IN (SELECT id FROM pierre_v14_orphaned_clients);

DROP TABLE pierre_v14_orphaned_clients;

-- 2. Rebuild a2a_clients with the foreign key; its children keep pointing at the name a2a_clients.
CREATE TABLE new_a2a_clients (
    id                        TEXT NOT NULL PRIMARY KEY,
    user_id                   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
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
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

INSERT INTO new_a2a_clients (id, user_id, capabilities, client_secret, description, is_active, name,
        permissions, public_key, rate_limit_requests, rate_limit_window_seconds, redirect_uris,
        created_at, updated_at)
SELECT id, user_id, capabilities, client_secret, description, is_active, name,
        permissions, public_key, rate_limit_requests, rate_limit_window_seconds, redirect_uris,
        created_at, updated_at
FROM a2a_clients;

DROP TABLE a2a_clients;
ALTER TABLE new_a2a_clients RENAME TO a2a_clients;

-- a2a_clients had no named index before this version; this one is new.
CREATE INDEX idx_a2a_clients_user_id ON a2a_clients (user_id);

-- 3. Rebuild user_configurations with the foreign key (it has no named index to recreate). Nothing
--    references it, so its orphans are simply not copied.
CREATE TABLE new_user_configurations (
    user_id     TEXT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    config_data TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

INSERT INTO new_user_configurations (user_id, config_data, created_at, updated_at)
SELECT user_id, config_data, created_at, updated_at
FROM user_configurations uc
WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = uc.user_id);

DROP TABLE user_configurations;
ALTER TABLE new_user_configurations RENAME TO user_configurations;
