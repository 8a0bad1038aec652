-- Reverts version 20250120000041 (SQLite): the four triggers of version 40 write updated_at as
-- YYYY-MM-DD HH:MM:SS again. Every row stays. Each statement ends with a comment line of its
-- own, since its body holds semicolons.

DROP TRIGGER trg_insight_reactions_insert;
-- end of statement
DROP TRIGGER trg_insight_reactions_delete;
-- end of statement
DROP TRIGGER trg_adapted_insights_insert;
-- end of statement
DROP TRIGGER trg_adapted_insights_delete;
-- end of statement
CREATE TRIGGER trg_insight_reactions_insert AFTER INSERT ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count + 1, updated_at = datetime('now') WHERE id = NEW.insight_id;
END;
-- end of statement
CREATE TRIGGER trg_insight_reactions_delete AFTER DELETE ON insight_reactions
BEGIN
    UPDATE shared_insights SET reaction_count = reaction_count - 1, updated_at = datetime('now') WHERE id = OLD.insight_id;
END;
-- end of statement
CREATE TRIGGER trg_adapted_insights_insert AFTER INSERT ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count + 1, updated_at = datetime('now') WHERE id = NEW.source_insight_id;
END;
-- end of statement
CREATE TRIGGER trg_adapted_insights_delete AFTER DELETE ON adapted_insights
BEGIN
    UPDATE shared_insights SET adapt_count = adapt_count - 1, updated_at = datetime('now') WHERE id = OLD.source_insight_id;
END;
-- end of statement
