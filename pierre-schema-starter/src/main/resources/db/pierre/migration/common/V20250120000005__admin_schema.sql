-- Version 20250120000005: Admin tokens, their usage and provisioned keys, system secrets and RSA key pairs.

CREATE TABLE admin_tokens (
    id                  TEXT NOT NULL PRIMARY KEY,
    expires_at          TEXT,
    is_active           BIGINT NOT NULL DEFAULT 1,
    is_super_admin      BIGINT NOT NULL DEFAULT 0,
    jwt_secret_hash     TEXT NOT NULL,
    last_used_at        TEXT,
    last_used_ip        TEXT,
    permissions         TEXT NOT NULL DEFAULT '["provision_keys"]',
    service_description TEXT,
    service_name        TEXT NOT NULL,
    token_hash          TEXT NOT NULL,
    token_prefix        TEXT NOT NULL,
    usage_count         BIGINT NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL
);
CREATE INDEX idx_admin_tokens_prefix ON admin_tokens (token_prefix);
CREATE INDEX idx_admin_tokens_service ON admin_tokens (service_name);

CREATE TABLE rsa_keypairs (
    kid             TEXT NOT NULL PRIMARY KEY,
    is_active       BIGINT NOT NULL DEFAULT 0,
    key_size_bits   BIGINT NOT NULL,
    private_key_pem TEXT NOT NULL,
    public_key_pem  TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX idx_rsa_keypairs_active ON rsa_keypairs (is_active);

CREATE TABLE system_secrets (
    secret_type  TEXT NOT NULL PRIMARY KEY,
    secret_value TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX idx_system_secrets_type ON system_secrets (secret_type);

CREATE TABLE admin_provisioned_keys (
    id                     TEXT NOT NULL PRIMARY KEY,
    admin_token_id         TEXT NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    api_key_id             TEXT NOT NULL,
    key_status             TEXT NOT NULL DEFAULT 'active',
    provisioned_at         TEXT NOT NULL,
    provisioned_by_service TEXT NOT NULL,
    rate_limit_period      TEXT NOT NULL,
    rate_limit_requests    BIGINT NOT NULL,
    requested_tier         TEXT NOT NULL,
    revoked_at             TEXT,
    revoked_reason         TEXT,
    user_email             TEXT NOT NULL
);
CREATE INDEX idx_admin_provisioned_token ON admin_provisioned_keys (admin_token_id);

CREATE TABLE admin_token_usage (
    id                 TEXT NOT NULL PRIMARY KEY,
    admin_token_id     TEXT NOT NULL REFERENCES admin_tokens (id) ON DELETE CASCADE,
    action             TEXT NOT NULL,
    error_message      TEXT,
    ip_address         TEXT,
    request_size_bytes BIGINT,
    response_time_ms   BIGINT,
    success            BIGINT NOT NULL,
    target_resource    TEXT,
    timestamp          TEXT NOT NULL,
    user_agent         TEXT
);
CREATE INDEX idx_admin_usage_timestamp ON admin_token_usage (timestamp);
CREATE INDEX idx_admin_usage_token_id ON admin_token_usage (admin_token_id);
