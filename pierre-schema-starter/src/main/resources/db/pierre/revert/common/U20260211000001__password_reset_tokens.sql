-- Reverts version 20260211000001: drops password_reset_tokens.

DROP TABLE password_reset_tokens;
