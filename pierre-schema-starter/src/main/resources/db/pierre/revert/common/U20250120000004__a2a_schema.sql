-- Reverts version 20250120000004: drops the A2A tables, children first.

DROP TABLE a2a_client_api_keys;
DROP TABLE a2a_usage;
DROP TABLE a2a_tasks;
DROP TABLE a2a_sessions;
DROP TABLE a2a_clients;
