-- Reverts version 20250120000041 (PostgreSQL): the four triggers of version 40 write updated_at
-- as YYYY-MM-DD HH:MM:SS again. Every row stays. Each statement ends with a comment line of its
-- own, since its body holds semicolons.

CREATE OR REPLACE FUNCTION pierre_count_insight_reaction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE shared_insights SET reaction_count = reaction_count + 1, updated_at = to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS') WHERE id = NEW.insight_id;
        RETURN NEW;
    END IF;
    UPDATE shared_insights SET reaction_count = reaction_count - 1, updated_at = to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS') WHERE id = OLD.insight_id;
    RETURN OLD;
END
$$;
-- end of statement
CREATE OR REPLACE FUNCTION pierre_count_adapted_insight() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE shared_insights SET adapt_count = adapt_count + 1, updated_at = to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS') WHERE id = NEW.source_insight_id;
        RETURN NEW;
    END IF;
    UPDATE shared_insights SET adapt_count = adapt_count - 1, updated_at = to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS') WHERE id = OLD.source_insight_id;
    RETURN OLD;
END
$$;
-- end of statement
