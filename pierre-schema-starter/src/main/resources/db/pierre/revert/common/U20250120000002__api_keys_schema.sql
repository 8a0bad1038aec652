-- Reverts version 20250120000002: drops the API keys and their usage log, children first.

DROP TABLE api_key_usage;
DROP TABLE api_keys;
