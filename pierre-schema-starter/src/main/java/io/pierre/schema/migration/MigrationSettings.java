package io.pierre.schema.migration;

import java.util.regex.Pattern;

/**
 * What a migration run is told: where the history goes and how far to go. Checked on creation, so
 * that no SQL ever runs with a name that is not a plain identifier.
 *
 * @param historyTable the table that records applied versions ({@code pierre.database.history-table})
 * @param schema the PostgreSQL schema to create and use, or {@code null} for the connection's
 * ({@code pierre.database.schema})
 * @param target the last version to apply, or {@code null} for the newest ({@code pierre.database.target})
 */
public record MigrationSettings(String historyTable, String schema, String target) {

	/** The history table's name unless told otherwise. */
	public static final String DEFAULT_HISTORY_TABLE = "pierre_schema_history";

	private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	public MigrationSettings {
		requirePlainIdentifier("pierre.database.history-table", historyTable);
		if (schema != null) {
			requirePlainIdentifier("pierre.database.schema", schema);
		}
		if (target != null) {
			try {
				SchemaVersion.of(target);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidSettingException("pierre.database.target", target, "is not a migration version");
			}
		}
	}

	private static void requirePlainIdentifier(String property, String value) {
		if (value == null || !PLAIN_IDENTIFIER.matcher(value).matches()) {
			throw new InvalidSettingException(property, value,
					"is not a plain SQL identifier (a letter or underscore, then letters, digits or underscores, at most 63)");
		}
	}

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
