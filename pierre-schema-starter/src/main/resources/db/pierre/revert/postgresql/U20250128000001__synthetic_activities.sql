-- Reverts version 20250128000001 (PostgreSQL): drops synthetic_activities. Its trigger goes with
-- it, and the trigger's function after it.

DROP TABLE synthetic_activities;

DROP FUNCTION pierre_set_synthetic_activity_updated_at();
