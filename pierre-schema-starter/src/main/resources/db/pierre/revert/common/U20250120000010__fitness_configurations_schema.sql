-- Reverts version 20250120000010: drops fitness_configurations.

DROP TABLE fitness_configurations;
