-- Version 20250120000037: the mobility library: stretching exercises, yoga poses and which
-- muscles an activity uses.

CREATE TABLE activity_muscle_mapping (
    id                             TEXT NOT NULL PRIMARY KEY,
    activity_type                  TEXT NOT NULL,
    primary_muscles                TEXT NOT NULL,
    recommended_stretch_categories TEXT,
    recommended_yoga_categories    TEXT,
    secondary_muscles              TEXT,
    created_at                     TEXT NOT NULL,
    updated_at                     TEXT NOT NULL,
    UNIQUE (activity_type)
);
CREATE INDEX idx_activity_muscle_type ON activity_muscle_mapping (activity_type);

CREATE TABLE stretching_exercises (
    id                         TEXT NOT NULL PRIMARY KEY,
    category                   TEXT NOT NULL,
    contraindications          TEXT,
    cues                       TEXT,
    description                TEXT NOT NULL,
    difficulty                 TEXT NOT NULL DEFAULT 'beginner',
    duration_seconds           BIGINT NOT NULL DEFAULT 30,
    image_url                  TEXT,
    instructions               TEXT NOT NULL,
    name                       TEXT NOT NULL,
    primary_muscles            TEXT NOT NULL,
    recommended_for_activities TEXT,
    repetitions                BIGINT,
    secondary_muscles          TEXT,
    sets                       BIGINT DEFAULT 1,
    video_url                  TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX idx_stretching_category ON stretching_exercises (category);
CREATE INDEX idx_stretching_difficulty ON stretching_exercises (difficulty);
CREATE INDEX idx_stretching_name ON stretching_exercises (name);

CREATE TABLE yoga_poses (
    id                         TEXT NOT NULL PRIMARY KEY,
    benefits                   TEXT NOT NULL,
    breath_guidance            TEXT,
    category                   TEXT NOT NULL,
    chakras                    TEXT,
    contraindications          TEXT,
    cues                       TEXT,
    description                TEXT NOT NULL,
    difficulty                 TEXT NOT NULL DEFAULT 'beginner',
    english_name               TEXT NOT NULL,
    followup_poses             TEXT,
    hold_duration_seconds      BIGINT NOT NULL DEFAULT 30,
    image_url                  TEXT,
    instructions               TEXT NOT NULL,
    modifications              TEXT,
    pose_type                  TEXT NOT NULL,
    primary_muscles            TEXT NOT NULL,
    progressions               TEXT,
    recommended_for_activities TEXT,
    recommended_for_recovery   TEXT,
    sanskrit_name              TEXT,
    secondary_muscles          TEXT,
    video_url                  TEXT,
    warmup_poses               TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX idx_yoga_category ON yoga_poses (category);
CREATE INDEX idx_yoga_difficulty ON yoga_poses (difficulty);
CREATE INDEX idx_yoga_english_name ON yoga_poses (english_name);
CREATE INDEX idx_yoga_pose_type ON yoga_poses (pose_type);
CREATE INDEX idx_yoga_sanskrit_name ON yoga_poses (sanskrit_name);
