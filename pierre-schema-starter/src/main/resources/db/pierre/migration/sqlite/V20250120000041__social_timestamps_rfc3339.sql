-- Version 20250120000041 (SQLite): the four triggers of version 40 write updated_at as RFC 3339
-- UTC (YYYY-MM-DDTHH:MM:SSZ).

DROP TRIGGER trg_insight_reactions_insert;
DROP TRIGGER trg_insight_reactions_delete;
DROP TRIGGER trg_adapted_insights_insert;
DROP TRIGGER trg_adapted_insights_delete;

CREATE TRIGGER trg_insight_reactions_insert AFTER INSERT ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.insight_id;
END;

CREATE TRIGGER trg_insight_reactions_delete AFTER DELETE ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count - 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = OLD.insight_id;
END;

CREATE TRIGGER trg_adapted_insights_insert AFTER INSERT ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.source_insight_id;
END;

CREATE TRIGGER trg_adapted_insights_delete AFTER DELETE ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count - 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = OLD.source_insight_id;
END;
