-- Version 20250120000040 (SQLite): the social features: friends, sharing settings, shared
-- insights, reactions and adapted insights, with triggers that keep an insight's reaction_count
-- and adapt_count.

CREATE TABLE friend_connections (
    id           TEXT NOT NULL PRIMARY KEY,
    accepted_at  TEXT,
    initiator_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    receiver_id  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('accepted', 'blocked', 'declined', 'pending')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (initiator_id, receiver_id),
    CHECK (initiator_id != receiver_id)
);
CREATE INDEX idx_friend_connections_accepted ON friend_connections (initiator_id) WHERE status = 'accepted';
CREATE INDEX idx_friend_connections_initiator ON friend_connections (initiator_id, status);
CREATE INDEX idx_friend_connections_pending ON friend_connections (receiver_id, created_at DESC) WHERE status = 'pending';
CREATE INDEX idx_friend_connections_receiver ON friend_connections (receiver_id, status);

CREATE TABLE shared_insights (
    id             TEXT NOT NULL PRIMARY KEY,
    adapt_count    BIGINT NOT NULL DEFAULT 0,
    content        TEXT NOT NULL,
    expires_at     TEXT,
    insight_type   TEXT NOT NULL CHECK (insight_type IN ('achievement', 'coaching_insight', 'milestone', 'motivation', 'recovery', 'training_tip')),
    reaction_count BIGINT NOT NULL DEFAULT 0,
    sport_type     TEXT,
    title          TEXT,
    training_phase TEXT,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    visibility     TEXT NOT NULL DEFAULT 'friends_only' CHECK (visibility IN ('friends_only', 'public')),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX idx_shared_insights_friends_feed ON shared_insights (visibility, created_at DESC) WHERE visibility = 'friends_only';
CREATE INDEX idx_shared_insights_public_feed ON shared_insights (created_at DESC) WHERE visibility = 'public';
CREATE INDEX idx_shared_insights_sport ON shared_insights (sport_type, created_at DESC) WHERE sport_type IS NOT NULL;
CREATE INDEX idx_shared_insights_type ON shared_insights (insight_type, created_at DESC);
CREATE INDEX idx_shared_insights_user ON shared_insights (user_id, created_at DESC);

CREATE TABLE adapted_insights (
    id                 TEXT NOT NULL PRIMARY KEY,
    adaptation_context TEXT,
    adapted_content    TEXT NOT NULL,
    source_insight_id  TEXT NOT NULL REFERENCES shared_insights (id) ON DELETE CASCADE,
    user_id            TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    was_helpful        BIGINT,
    created_at         TEXT NOT NULL,
    UNIQUE (source_insight_id, user_id)
);
CREATE INDEX idx_adapted_insights_source ON adapted_insights (source_insight_id);
CREATE INDEX idx_adapted_insights_user ON adapted_insights (user_id, created_at DESC);

CREATE TABLE insight_reactions (
    id            TEXT NOT NULL PRIMARY KEY,
    insight_id    TEXT NOT NULL REFERENCES shared_insights (id) ON DELETE CASCADE,
    reaction_type TEXT NOT NULL CHECK (reaction_type IN ('celebrate', 'inspire', 'like', 'support')),
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    UNIQUE (insight_id, user_id)
);
CREATE INDEX idx_insight_reactions_insight ON insight_reactions (insight_id, reaction_type);
CREATE INDEX idx_insight_reactions_user ON insight_reactions (user_id, created_at DESC);

CREATE TABLE user_social_settings (
    user_id                  TEXT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    default_visibility       TEXT NOT NULL DEFAULT 'friends_only' CHECK (default_visibility IN ('friends_only', 'public')),
    discoverable             BIGINT NOT NULL DEFAULT 1,
    notify_adapted_insights  BIGINT NOT NULL DEFAULT 1,
    notify_friend_requests   BIGINT NOT NULL DEFAULT 1,
    notify_insight_reactions BIGINT NOT NULL DEFAULT 1,
    share_activity_types     TEXT NOT NULL DEFAULT '["run", "ride", "swim"]',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);

CREATE TRIGGER trg_insight_reactions_insert AFTER INSERT ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count + 1, updated_at = datetime('now') WHERE id = NEW.insight_id;
END;

CREATE TRIGGER trg_insight_reactions_delete AFTER DELETE ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count - 1, updated_at = datetime('now') WHERE id = OLD.insight_id;
END;

CREATE TRIGGER trg_adapted_insights_insert AFTER INSERT ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count + 1, updated_at = datetime('now') WHERE id = NEW.source_insight_id;
END;

CREATE TRIGGER trg_adapted_insights_delete AFTER DELETE ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count - 1, updated_at = datetime('now') WHERE id = OLD.source_insight_id;
END;
