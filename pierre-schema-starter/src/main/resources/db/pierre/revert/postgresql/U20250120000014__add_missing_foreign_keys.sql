-- Reverts version 20250120000014 (PostgreSQL): a2a_clients and user_configurations lose the
-- foreign keys of user_id to users(id), and idx_a2a_clients_user_id goes. PostgreSQL drops a
-- constraint in place, so nothing is rebuilt and every row stays; the rows that version 14
-- removed (those without a user) do not come back.

DROP INDEX idx_a2a_clients_user_id;

ALTER TABLE a2a_clients DROP CONSTRAINT a2a_clients_user_id_fkey;

ALTER TABLE user_configurations DROP CONSTRAINT user_configurations_user_id_fkey;
