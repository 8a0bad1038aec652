package io.pierre.schema.history;

/**
 * One row of the {@code _sqlx_migrations} table that the Pierre server's sqlx migrations keep.
 *
 * @param version the version
 * @param description the description
 * @param success whether it succeeded
 */
public record SqlxMigration(long version, String description, boolean success) {
}
