package io.pierre.schema.sql;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.pierre.schema.catalog.SchemaVersion;

/**
 * The processor's options ({@code -Akey=value}), with the environment variables that stand in
 * for the server's where no option names one.
 *
 * @param mode what the PostgreSQL side does
 * @param target the schema version to check at, or {@code null} for the newest
 * @param postgres the server to prepare on, if one is named
 * @param databasePrefix the start of the names of the databases kept on that server
 * @param metadata the folder of the metadata files, or {@code null} where none is named
 * @param migrationLocations Flyway locations of the service's own migrations, empty where they are
 * found as Boot finds them
 */
record SqlCheckOptions(CheckMode mode, SchemaVersion target, Optional<PostgresServer> postgres, String databasePrefix,
		Path metadata, List<String> migrationLocations) {

	/** The mode: {@code verify} (the default), {@code prepare} or {@code check}. */
	static final String MODE = "pierre.sql.mode";

	/** The schema version to check at; the newest that the starter embeds by default. */
	static final String TARGET = "pierre.sql.target";

	/** A JDBC URL of a database on the PostgreSQL server whose user may create databases. */
	static final String POSTGRES_URL = "pierre.sql.postgres.url";

	/** The user of that server, {@code postgres} by default. */
	static final String POSTGRES_USER = "pierre.sql.postgres.user";

	/** The password of that user, none by default. */
	static final String POSTGRES_PASSWORD = "pierre.sql.postgres.password";

	/** The start of the names of the databases kept on that server, {@code pierre_sql} by default. */
	static final String DATABASE_PREFIX = "pierre.sql.postgres.prefix";

	/** The folder of the metadata files, committed with the service. */
	static final String METADATA = "pierre.sql.metadata";

	/**
	 * Flyway locations of the service's own migrations, comma-separated; by default they are found
	 * where Boot finds them (the service's {@code application.yaml}, else {@code db/migration}).
	 */
	static final String MIGRATIONS = "pierre.sql.migrations";

	/** Stands in for {@link #POSTGRES_URL}. */
	static final String URL_VARIABLE = "PIERRE_SQL_POSTGRES_URL";

	/** Stands in for {@link #POSTGRES_USER}. */
	static final String USER_VARIABLE = "PIERRE_SQL_POSTGRES_USER";

	/** Stands in for {@link #POSTGRES_PASSWORD}. */
	static final String PASSWORD_VARIABLE = "PIERRE_SQL_POSTGRES_PASSWORD";

	static final Set<String> NAMES = Set.of(MODE, TARGET, POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD,
			DATABASE_PREFIX, METADATA, MIGRATIONS);

	/**
	 * Reads the options.
	 * @param options the processor options
	 * @param environment the environment variables
	 * @return the options
	 * @throws IllegalArgumentException naming the option that is wrong
	 */
	static SqlCheckOptions of(Map<String, String> options, Map<String, String> environment) {
		CheckMode mode = CheckMode.of(options.getOrDefault(MODE, CheckMode.VERIFY.optionValue()));
		SchemaVersion target = target(options.get(TARGET));
		Optional<PostgresServer> postgres = Optional.ofNullable(first(options.get(POSTGRES_URL), environment.get(URL_VARIABLE)))
			.map((url) -> new PostgresServer(url,
					orDefault(first(options.get(POSTGRES_USER), environment.get(USER_VARIABLE)), "postgres"),
					orDefault(first(options.get(POSTGRES_PASSWORD), environment.get(PASSWORD_VARIABLE)), "")));
		String prefix = orDefault(options.get(DATABASE_PREFIX), "pierre_sql");
		if (!prefix.matches("[a-z_][a-z0-9_]{0,40}")) {
			throw new IllegalArgumentException("-A" + DATABASE_PREFIX + "=" + prefix
					+ " is not a database name start: lower-case letters, digits and _, at most 41");
		}
		String metadata = options.get(METADATA);
		Path folder = (metadata == null || metadata.isBlank()) ? null : Path.of(metadata.trim());
		List<String> locations = Arrays.stream(orDefault(options.get(MIGRATIONS), "").split(","))
			.map(String::trim)
			.filter((location) -> !location.isEmpty())
			.toList();
		if (mode == CheckMode.PREPARE && postgres.isEmpty()) {
			throw new IllegalArgumentException("-A" + MODE + "=prepare prepares on PostgreSQL: name a server with -A"
					+ POSTGRES_URL + " or " + URL_VARIABLE);
		}
		if (mode != CheckMode.VERIFY && folder == null) {
			throw new IllegalArgumentException("-A" + MODE + "=" + mode.optionValue() + " needs the metadata folder: -A"
					+ METADATA + "=<folder committed with the service>");
		}
		return new SqlCheckOptions(mode, target, (mode == CheckMode.CHECK) ? Optional.empty() : postgres, prefix,
				folder, locations);
	}

	private static SchemaVersion target(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return SchemaVersion.of(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("-A" + TARGET + "=" + text + ": " + ex.getMessage(), ex);
		}
	}

	private static String first(String option, String variable) {
		if (option != null && !option.isBlank()) {
			return option.trim();
		}
		return (variable != null && !variable.isBlank()) ? variable.trim() : null;
	}

	private static String orDefault(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

}
