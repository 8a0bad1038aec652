-- Reverts version 20260209000001 (PostgreSQL): drops provider_connections.

DROP TABLE provider_connections;
