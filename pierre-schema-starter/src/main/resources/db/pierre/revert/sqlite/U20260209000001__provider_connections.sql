-- Reverts version 20260209000001 (SQLite): drops provider_connections.

DROP TABLE provider_connections;
