-- Version 20260206000001: every OAuth2 refresh token that is not revoked is revoked. No schema
-- change.

UPDATE oauth2_refresh_tokens SET revoked = 1 WHERE revoked = 0;
