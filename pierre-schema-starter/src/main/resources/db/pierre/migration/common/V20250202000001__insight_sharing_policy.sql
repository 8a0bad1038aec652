-- Version 20250202000001: user_social_settings.insight_sharing_policy.

ALTER TABLE user_social_settings ADD COLUMN insight_sharing_policy TEXT NOT NULL DEFAULT 'data_rich' CHECK (insight_sharing_policy IN ('data_rich', 'disabled', 'general_only', 'sanitized'));
