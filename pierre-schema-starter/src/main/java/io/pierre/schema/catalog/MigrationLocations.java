package io.pierre.schema.catalog;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Where the embedded scripts live: a version is either in {@code common}, the same on every
 * database, or in one folder per database.
 */
public final class MigrationLocations {

	/** The classpath folder of all Pierre migrations. */
	public static final String ROOT = "db/pierre/migration";

	/** The folder of the scripts that every database runs. */
	public static final String COMMON = "common";

	/** The placeholder that scripts use for the current UTC time as ISO-8601 text. */
	public static final String UTC_NOW_PLACEHOLDER = "utc_now";

	private MigrationLocations() {
	}

	/**
	 * The classpath folders, relative to the classpath root, of one database's scripts.
	 * @param kind the database
	 * @return the common folder and the database's own
	 */
	public static String[] folders(DatabaseKind kind) {
		return new String[] { ROOT + "/" + COMMON, ROOT + "/" + kind.id() };
	}

}
