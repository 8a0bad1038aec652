-- Reverts version 20250120000008: drops the OAuth 2 server's tables.

DROP TABLE oauth2_auth_codes;
DROP TABLE oauth2_states;
DROP TABLE oauth2_refresh_tokens;
DROP TABLE oauth2_clients;
