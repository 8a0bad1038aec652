package io.pierre.schema.catalog;

/**
 * One embedded migration as one database runs it.
 *
 * @param version the version
 * @param description the description, as Flyway derives it from the script name
 * @param script the script's path below {@link MigrationLocations#ROOT}
 * @param checksum the checksum that Flyway records for the script
 */
public record CatalogEntry(SchemaVersion version, String description, String script, int checksum) {
}
