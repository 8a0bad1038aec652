package io.pierre.schema.catalog;

import java.util.Set;

/**
 * One embedded migration as one database runs it.
 *
 * @param version the version
 * @param description the description, as Flyway derives it from the script name
 * @param script the script's path below {@link MigrationLocations#ROOT}
 * @param checksum the checksum that Flyway records for the script
 * @param earlierChecksums the checksums of earlier texts of the script, which changed how it works
 * but not the schema and rows it leaves, as {@link MigrationCatalog#EARLIER_CHECKSUMS} lists them
 */
public record CatalogEntry(SchemaVersion version, String description, String script, int checksum,
		Set<Integer> earlierChecksums) {

	public CatalogEntry {
		earlierChecksums = Set.copyOf(earlierChecksums);
	}

	/**
	 * Whether a history row's checksum records this script: its text or an earlier one.
	 * @param recorded the checksum in the history, {@code null} if none was recorded
	 * @return whether the version counts as applied as it is embedded
	 */
	public boolean isRecordedBy(Integer recorded) {
		return recorded != null && (recorded == this.checksum || this.earlierChecksums.contains(recorded));
	}

}
