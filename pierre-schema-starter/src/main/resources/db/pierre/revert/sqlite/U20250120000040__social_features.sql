-- Reverts version 20250120000040 (SQLite): drops user_social_settings, insight_reactions,
-- adapted_insights, shared_insights, friend_connections (children first). Their triggers go with
-- them.

DROP TABLE user_social_settings;
DROP TABLE insight_reactions;
DROP TABLE adapted_insights;
DROP TABLE shared_insights;
DROP TABLE friend_connections;
