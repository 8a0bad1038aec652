-- Reverts version 20250202000001: user_social_settings loses insight_sharing_policy.

ALTER TABLE user_social_settings DROP COLUMN insight_sharing_policy;
