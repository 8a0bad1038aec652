-- Version 20250120000014 (PostgreSQL), prepared before its transaction: the slow parts of the
-- version, each with locks that block neither reads nor writes of a2a_clients, user_configurations
-- or users, each in a transaction of its own (the index build in none), each done only if not done
-- yet. The version's script then finds them done and takes no lock that blocks a service.
--
-- In its transaction, adding a validated foreign key would block writes of the table and of users
-- while every row is checked, and building the index would block writes of a2a_clients while it
-- sorts a row per user: seconds at a million users, and the version's transaction holds its
-- locks until it commits. Here the key is added NOT VALID (a moment's lock, under the lock
-- timeout) and then validated, which reads every row under a lock that lets reads and writes go
-- on; the index is built CONCURRENTLY. A key that finds a row without its user stays NOT VALID:
-- the version's transaction removes such rows and validates it.
--
-- Interrupted anywhere, this leaves the database at version 13 with some of this done; the next
-- start does the rest. The index that an interrupted concurrent build leaves behind is invalid
-- and is dropped and built again.
--
-- One statement each, each ended by a line "-- end of statement". ${schema_prefix} is the
-- configured schema and a dot, or nothing; the other statements run with it as their search path.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               WHERE c.relname = 'idx_a2a_clients_user_id' AND c.relnamespace = current_schema()::regnamespace
                 AND NOT i.indisvalid) THEN
        DROP INDEX idx_a2a_clients_user_id;
    END IF;
END
$$;
-- end of statement
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_a2a_clients_user_id ON ${schema_prefix}a2a_clients (user_id);
-- end of statement
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'a2a_clients_user_id_fkey'
                   AND conrelid = 'a2a_clients'::regclass) THEN
        ALTER TABLE a2a_clients ADD CONSTRAINT a2a_clients_user_id_fkey
            FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;
    END IF;
END
$$;
-- end of statement
DO $$
BEGIN
    ALTER TABLE a2a_clients VALIDATE CONSTRAINT a2a_clients_user_id_fkey;
EXCEPTION WHEN foreign_key_violation THEN
    NULL;
END
$$;
-- end of statement
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'user_configurations_user_id_fkey'
                   AND conrelid = 'user_configurations'::regclass) THEN
        ALTER TABLE user_configurations ADD CONSTRAINT user_configurations_user_id_fkey
            FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;
    END IF;
END
$$;
-- end of statement
DO $$
BEGIN
    ALTER TABLE user_configurations VALIDATE CONSTRAINT user_configurations_user_id_fkey;
EXCEPTION WHEN foreign_key_violation THEN
    NULL;
END
$$;
-- end of statement
