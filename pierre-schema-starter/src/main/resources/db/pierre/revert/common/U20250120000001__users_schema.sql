-- Reverts version 20250120000001: drops users and the tables that hang off it, children first.

DROP TABLE user_profiles;
DROP TABLE user_oauth_app_credentials;
DROP TABLE users;
