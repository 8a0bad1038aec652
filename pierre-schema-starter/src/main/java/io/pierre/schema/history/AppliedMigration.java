package io.pierre.schema.history;

import java.time.Instant;

import io.pierre.schema.catalog.SchemaVersion;

/**
 * One row of the history table.
 *
 * @param version the version, or {@code null} for a row without one
 * @param description the description
 * @param type the type, such as {@code SQL} or {@code BASELINE}
 * @param checksum the checksum recorded, or {@code null}
 * @param installedOn when it was applied
 * @param executionTimeMillis how long it took
 * @param success whether it succeeded
 */
public record AppliedMigration(SchemaVersion version, String description, String type, Integer checksum,
		Instant installedOn, int executionTimeMillis, boolean success) {

	/**
	 * Whether this row is the baseline that Flyway writes for a database that held other
	 * tables before the first migration.
	 * @return whether it is a baseline
	 */
	public boolean isBaseline() {
		return "BASELINE".equals(this.type);
	}

}
