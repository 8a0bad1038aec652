-- Reverts version 20260205000001: drops oauth_client_states.

DROP TABLE oauth_client_states;
