-- Reverts version 20250120000013: drops system_settings (its index goes with it).

DROP TABLE system_settings;
