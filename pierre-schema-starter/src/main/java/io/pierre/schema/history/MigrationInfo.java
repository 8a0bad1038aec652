package io.pierre.schema.history;

import java.time.Instant;

import io.pierre.schema.catalog.SchemaVersion;

/**
 * One migration's state in one database, as {@code sqlx migrate info} lists them.
 *
 * @param version the version
 * @param description the description
 * @param type how it is written, such as {@code SQL}
 * @param state where it stands
 * @param installedOn when it was applied, or {@code null}
 * @param executionTimeMillis how long it took, or {@code null} when not applied
 */
public record MigrationInfo(SchemaVersion version, String description, String type, MigrationState state,
		Instant installedOn, Integer executionTimeMillis) {
}
