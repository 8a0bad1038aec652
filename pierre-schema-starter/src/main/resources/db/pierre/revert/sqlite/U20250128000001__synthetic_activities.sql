-- Reverts version 20250128000001 (SQLite): drops synthetic_activities. Its trigger goes with it.

DROP TABLE synthetic_activities;
