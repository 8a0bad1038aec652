-- Version 20260205000001: the states of OAuth client flows that the server starts with the
-- providers.

CREATE TABLE oauth_client_states (
    state              TEXT NOT NULL PRIMARY KEY,
    expires_at         TEXT NOT NULL,
    pkce_code_verifier TEXT,
    provider           TEXT NOT NULL,
    redirect_uri       TEXT NOT NULL,
    scope              TEXT,
    tenant_id          TEXT,
    used               BIGINT NOT NULL DEFAULT 0,
    user_id            TEXT,
    created_at         TEXT NOT NULL
);
CREATE INDEX idx_oauth_client_states_expires_at ON oauth_client_states (expires_at);
CREATE INDEX idx_oauth_client_states_provider ON oauth_client_states (provider);
