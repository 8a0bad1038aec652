-- Reverts version 20250120000019: drops the recipe tables, children first.

DROP TABLE recipe_ingredients;
DROP TABLE recipes;
