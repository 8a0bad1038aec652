-- Version 20250120000014 (PostgreSQL): a2a_clients.user_id and user_configurations.user_id become
-- foreign keys to users(id) ON DELETE CASCADE; new index idx_a2a_clients_user_id.
--
-- Why PostgreSQL differs: it adds a foreign key to a table in place, so nothing is rebuilt (SQLite
-- must rebuild both tables). Rows whose user does not exist must go first, or the constraint could
-- not be added; the existing foreign keys of a2a_sessions, a2a_tasks, a2a_usage and
-- a2a_client_api_keys cascade that removal to what hangs off an orphaned A2A client (and set
-- a2a_usage.session_token to NULL where its session goes).
--
-- Adding a foreign key reads every row of the table and looks its parent up; so does a search for
-- orphans. Each key is therefore added first, inside a block whose failure is undone alone: a
-- database without orphans (the usual case) is read once per table. Only when the key finds a row
-- without its user are the orphans removed and the key added again.
--
-- The starter prepares this version before its transaction (db/pierre/prepare/postgresql): it adds
-- both keys NOT VALID and validates them, and builds the index CONCURRENTLY, with locks that let a
-- live service read and write. Here each key and the index are then found and left as they are,
-- and this transaction takes no lock that blocks a service. A key that the preparation left NOT
-- VALID, because rows without their user were found, and a database migrated without the
-- preparation (by another tool running these scripts) take the path below, which adds or
-- validates the key in this transaction, blocking writes of the table and of users meanwhile.
--
-- The orphaned clients are found once, by one pass over a2a_clients, and then removed through the
-- primary key. PostgreSQL carries out the SET NULL with one statement per removed session, and no
-- index serves a2a_usage.session_token: with many orphaned sessions and many usage rows, each
-- removed session would scan a2a_usage. Where orphaned clients have sessions, a temporary index
-- serves the lookups; it is dropped again before this version commits, so the schema is as the
-- contract says.

-- The index below sorts a million keys at a million users; with the default 64 MB the sort spills to
-- disk. For this version's transaction only.
SET LOCAL maintenance_work_mem = '256MB';

-- The names are the ones PostgreSQL gives a column-level REFERENCES.
DO $$
DECLARE
    clients_key_valid boolean;
    configurations_key_valid boolean;
BEGIN
    SELECT convalidated INTO clients_key_valid FROM pg_constraint
        WHERE conname = 'a2a_clients_user_id_fkey' AND conrelid = 'a2a_clients'::regclass;
    SELECT convalidated INTO configurations_key_valid FROM pg_constraint
        WHERE conname = 'user_configurations_user_id_fkey' AND conrelid = 'user_configurations'::regclass;
    IF clients_key_valid IS NOT TRUE THEN
        BEGIN
            IF clients_key_valid IS NULL THEN
                ALTER TABLE a2a_clients
                    ADD CONSTRAINT a2a_clients_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
            ELSE
                ALTER TABLE a2a_clients VALIDATE CONSTRAINT a2a_clients_user_id_fkey;
            END IF;
        EXCEPTION WHEN foreign_key_violation THEN
            CREATE TEMPORARY TABLE pierre_v14_orphaned_clients AS
            SELECT id FROM a2a_clients c WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id);
            -- A temporary table has no statistics until analyzed; without them the planner may read
            -- the whole of a2a_clients to remove few rows.
            ANALYZE pierre_v14_orphaned_clients;
            IF EXISTS (SELECT 1 FROM a2a_sessions s WHERE s.client_id IN (SELECT id FROM pierre_v14_orphaned_clients)) THEN
                CREATE INDEX pierre_v14_a2a_usage_session_token ON a2a_usage (session_token);
            END IF;
            DELETE FROM a2a_clients WHERE id IN (SELECT id FROM pierre_v14_orphaned_clients);
            DROP INDEX IF EXISTS pierre_v14_a2a_usage_session_token;
            DROP TABLE pierre_v14_orphaned_clients;
            IF clients_key_valid IS NULL THEN
                ALTER TABLE a2a_clients
                    ADD CONSTRAINT a2a_clients_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
            ELSE
                ALTER TABLE a2a_clients VALIDATE CONSTRAINT a2a_clients_user_id_fkey;
            END IF;
        END;
    END IF;
    IF configurations_key_valid IS NOT TRUE THEN
        BEGIN
            IF configurations_key_valid IS NULL THEN
                ALTER TABLE user_configurations
                    ADD CONSTRAINT user_configurations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
            ELSE
                ALTER TABLE user_configurations VALIDATE CONSTRAINT user_configurations_user_id_fkey;
            END IF;
        EXCEPTION WHEN foreign_key_violation THEN
            DELETE FROM user_configurations uc WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = uc.user_id);
            IF configurations_key_valid IS NULL THEN
                ALTER TABLE user_configurations
                    ADD CONSTRAINT user_configurations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
            ELSE
                ALTER TABLE user_configurations VALIDATE CONSTRAINT user_configurations_user_id_fkey;
            END IF;
        END;
    END IF;
END
$$;

-- Looked up first: CREATE INDEX IF NOT EXISTS would lock a2a_clients against writes before it
-- found the index there. Only an index of a2a_clients counts: one of that name on another table
-- makes the CREATE fail, and the version with it, rather than leave a2a_clients without its index.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                   WHERE c.relname = 'idx_a2a_clients_user_id' AND i.indrelid = 'a2a_clients'::regclass) THEN
        CREATE INDEX idx_a2a_clients_user_id ON a2a_clients (user_id);
    END IF;
END
$$;
