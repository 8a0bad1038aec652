-- Reverts version 20250120000003: drops the analytics tables (their indexes go with them).

DROP TABLE request_logs;
DROP TABLE jwt_usage;
DROP TABLE insights;
DROP TABLE goals;
