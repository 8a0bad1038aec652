package io.pierre.schema.transfer;

import io.pierre.schema.migration.MigrationReport;

/**
 * Hears how a transfer goes: each database brought to the newest version, then batch by batch.
 */
@FunctionalInterface
public interface TransferListener {

	/** A listener that hears nothing. */
	TransferListener NONE = (table, copied, total) -> {
	};

	/**
	 * A batch of a table was copied.
	 * @param table the table
	 * @param copied the rows copied so far
	 * @param total the rows to copy
	 */
	void copied(String table, long copied, long total);

	/**
	 * A database is at the newest version, before any row is copied: the source first, then the
	 * target.
	 * @param database {@code source} or {@code target}
	 * @param report what its migration did
	 */
	default void migrated(String database, MigrationReport report) {
	}

}
