-- Reverts version 20250120000007: drops oauth_notifications.

DROP TABLE oauth_notifications;
