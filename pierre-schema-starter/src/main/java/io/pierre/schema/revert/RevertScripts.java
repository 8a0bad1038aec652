package io.pierre.schema.revert;

import java.util.Optional;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Where the down scripts live: {@code db/pierre/revert/<folder>/U<version>__<description>.sql},
 * in the database's own folder where it differs, else in {@code common}, as the up scripts are
 * laid out.
 */
public final class RevertScripts {

	/** The classpath folder of all down scripts. */
	public static final String ROOT = "db/pierre/revert";

	/** The folder of the down scripts that every database runs. */
	public static final String COMMON = "common";

	private final ClassLoader classLoader;

	public RevertScripts(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * The file name of a version's down script.
	 * @param version the version
	 * @param description the up script's description, with underscores for spaces
	 * @return e.g. {@code U20250120000001__users_schema.sql}
	 */
	public static String fileName(String version, String description) {
		return "U" + version + "__" + description.replace(' ', '_') + ".sql";
	}

	/**
	 * Finds a version's down script for one database.
	 * @param kind the database
	 * @param version the version
	 * @param description the version's description as the catalog gives it
	 * @return the script's classpath location, empty when there is none
	 */
	public Optional<String> find(DatabaseKind kind, String version, String description) {
		String name = fileName(version, description);
		for (String folder : new String[] { kind.id(), COMMON }) {
			String location = ROOT + "/" + folder + "/" + name;
			if (this.classLoader.getResource(location) != null) {
				return Optional.of(location);
			}
		}
		return Optional.empty();
	}

}
