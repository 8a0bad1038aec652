-- Reverts version 20250120000005: drops the admin tables, children first.

DROP TABLE admin_token_usage;
DROP TABLE admin_provisioned_keys;
DROP TABLE system_secrets;
DROP TABLE rsa_keypairs;
DROP TABLE admin_tokens;
