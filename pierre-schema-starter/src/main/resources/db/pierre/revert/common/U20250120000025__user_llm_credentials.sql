-- Reverts version 20250120000025: drops user_llm_credentials_audit, user_llm_credentials
-- (children first).

DROP TABLE user_llm_credentials_audit;
DROP TABLE user_llm_credentials;
