package io.pierre.schema.migration;

/**
 * What a migration run is told: where the history goes and how far to go.
 *
 * @param historyTable the table that records applied versions, a plain SQL identifier
 * @param schema the PostgreSQL schema to create and use, or {@code null} for the connection's
 * @param target the last version to apply, or {@code null} for the newest
 */
public record MigrationSettings(String historyTable, String schema, String target) {

	/** The history table's name unless told otherwise. */
	public static final String DEFAULT_HISTORY_TABLE = "pierre_schema_history";

	/**
	 * Settings for the newest version with the default history table.
	 * @return the settings
	 */
	public static MigrationSettings defaults() {
		return new MigrationSettings(DEFAULT_HISTORY_TABLE, null, null);
	}

	/**
	 * The same settings with another target.
	 * @param target the last version to apply
	 * @return the new settings
	 */
	public MigrationSettings withTarget(String target) {
		return new MigrationSettings(this.historyTable, this.schema, target);
	}

}
