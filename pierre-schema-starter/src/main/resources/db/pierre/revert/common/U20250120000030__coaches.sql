-- Reverts version 20250120000030: drops coaches.

DROP TABLE coaches;
