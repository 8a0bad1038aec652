-- Version 20250128000001 (PostgreSQL): synthetic activities (generated test data); every update
-- of one sets its updated_at to the current UTC time.

CREATE TABLE synthetic_activities (
    id                 TEXT NOT NULL PRIMARY KEY,
    average_heart_rate BIGINT,
    average_speed      DOUBLE PRECISION,
    calories           BIGINT,
    city               TEXT,
    country            TEXT,
    distance_meters    DOUBLE PRECISION,
    duration_seconds   BIGINT NOT NULL,
    elevation_gain     DOUBLE PRECISION,
    humidity           DOUBLE PRECISION,
    max_heart_rate     BIGINT,
    max_speed          DOUBLE PRECISION,
    name               TEXT NOT NULL,
    region             TEXT,
    sport_type         TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    start_latitude     DOUBLE PRECISION,
    start_longitude    DOUBLE PRECISION,
    temperature        DOUBLE PRECISION,
    tenant_id          TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id            TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at         TEXT NOT NULL DEFAULT to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS'),
    updated_at         TEXT NOT NULL DEFAULT to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS')
);
CREATE INDEX idx_synthetic_activities_sport_type ON synthetic_activities (sport_type);
CREATE INDEX idx_synthetic_activities_start_date ON synthetic_activities (start_date DESC);
CREATE INDEX idx_synthetic_activities_tenant_id ON synthetic_activities (tenant_id);
CREATE INDEX idx_synthetic_activities_user_id ON synthetic_activities (user_id);

-- BEFORE UPDATE sets the row being written: an AFTER UPDATE that updates its own table would fire
-- itself again on PostgreSQL, without end.
CREATE FUNCTION pierre_set_synthetic_activity_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS');
    RETURN NEW;
END
$$;

CREATE TRIGGER synthetic_activities_updated_at BEFORE UPDATE ON synthetic_activities
    FOR EACH ROW EXECUTE FUNCTION pierre_set_synthetic_activity_updated_at();
