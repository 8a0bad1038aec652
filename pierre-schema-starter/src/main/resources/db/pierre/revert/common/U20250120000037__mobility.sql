-- Reverts version 20250120000037: drops yoga_poses, stretching_exercises,
-- activity_muscle_mapping (children first).

DROP TABLE yoga_poses;
DROP TABLE stretching_exercises;
DROP TABLE activity_muscle_mapping;
