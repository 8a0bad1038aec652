-- Reverts version 20250120000006: drops user_oauth_tokens.

DROP TABLE user_oauth_tokens;
