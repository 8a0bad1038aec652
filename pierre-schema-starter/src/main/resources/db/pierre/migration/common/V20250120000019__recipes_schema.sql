-- Version 20250120000019: Recipes and their ingredients, validated against USDA nutrition data (fdc_id).

CREATE TABLE recipes (
    id                     TEXT NOT NULL PRIMARY KEY,
    user_id                TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    cached_calories        DOUBLE PRECISION,
    cached_carbs_g         DOUBLE PRECISION,
    cached_fat_g           DOUBLE PRECISION,
    cached_fiber_g         DOUBLE PRECISION,
    cached_protein_g       DOUBLE PRECISION,
    cached_sodium_mg       DOUBLE PRECISION,
    cached_sugar_g         DOUBLE PRECISION,
    cook_time_mins         BIGINT CHECK (cook_time_mins >= 0),
    description            TEXT,
    instructions           TEXT NOT NULL,
    meal_timing            TEXT NOT NULL DEFAULT 'general' CHECK (meal_timing IN ('general', 'post_training', 'pre_training', 'rest_day')),
    name                   TEXT NOT NULL,
    nutrition_validated_at TEXT,
    prep_time_mins         BIGINT CHECK (prep_time_mins >= 0),
    servings               BIGINT NOT NULL DEFAULT 1 CHECK (servings > 0),
    tags                   TEXT NOT NULL DEFAULT '[]',
    tenant_id              TEXT NOT NULL,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX idx_recipes_created ON recipes (created_at DESC);
CREATE INDEX idx_recipes_meal_timing ON recipes (meal_timing);
CREATE INDEX idx_recipes_tenant ON recipes (tenant_id);
CREATE INDEX idx_recipes_updated ON recipes (updated_at DESC);
CREATE INDEX idx_recipes_user ON recipes (user_id);
CREATE INDEX idx_recipes_user_tenant ON recipes (user_id, tenant_id);

CREATE TABLE recipe_ingredients (
    id          TEXT NOT NULL PRIMARY KEY,
    recipe_id   TEXT NOT NULL REFERENCES recipes (id) ON DELETE CASCADE,
    amount      DOUBLE PRECISION NOT NULL CHECK (amount > 0),
    fdc_id      BIGINT,
    grams       DOUBLE PRECISION NOT NULL CHECK (grams >= 0),
    name        TEXT NOT NULL,
    preparation TEXT,
    sort_order  BIGINT NOT NULL DEFAULT 0,
    unit        TEXT NOT NULL DEFAULT 'grams' CHECK (unit IN ('cups', 'grams', 'kilograms', 'milliliters', 'ounces', 'pieces', 'pounds', 'tablespoons', 'teaspoons'))
);
CREATE INDEX idx_recipe_ingredients_fdc ON recipe_ingredients (fdc_id) WHERE fdc_id IS NOT NULL;
CREATE INDEX idx_recipe_ingredients_order ON recipe_ingredients (recipe_id, sort_order);
CREATE INDEX idx_recipe_ingredients_recipe ON recipe_ingredients (recipe_id);
