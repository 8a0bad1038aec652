package io.pierre.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.MigrationLocations;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The starter's scripts for one database as one SQL file for a database shell (sqlite3, psql): the
 * same statements, the placeholder replaced as the runner replaces it, one transaction per
 * version, no history table.
 */
final class ShellScript {

	/** Below every version, so that a script after it holds them all. */
	private static final SchemaVersion NONE = SchemaVersion.of("0");

	private ShellScript() {
	}

	/**
	 * Writes every version, for an empty database.
	 * @param kind the database
	 * @param file where to write
	 * @return the file
	 */
	static Path write(DatabaseKind kind, Path file) {
		return write(kind, NONE, List.of(), file);
	}

	/**
	 * Writes the versions after one, for a database at that version.
	 * @param kind the database
	 * @param after the version the database is at
	 * @param settings statements to run first, outside any transaction, such as the
	 * {@code PRAGMA}s that the starter's migration connection has
	 * @param file where to write
	 * @return the file
	 */
	static Path write(DatabaseKind kind, SchemaVersion after, List<String> settings, Path file) {
		ClassLoader classLoader = ShellScript.class.getClassLoader();
		StringBuilder sql = new StringBuilder();
		settings.forEach((statement) -> sql.append(statement).append(";\n"));
		for (CatalogEntry entry : MigrationCatalog.load(classLoader).entries(kind)) {
			if (entry.version().compareTo(after) <= 0) {
				continue;
			}
			String script = read(classLoader, MigrationLocations.ROOT + "/" + entry.script());
			sql.append("BEGIN;\n")
				.append(script.replace("${" + MigrationLocations.UTC_NOW_PLACEHOLDER + "}", kind.utcNowExpression()))
				.append("\nCOMMIT;\n");
		}
		try {
			Files.writeString(file, sql, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static String read(ClassLoader classLoader, String resource) {
		try (InputStream input = classLoader.getResourceAsStream(resource)) {
			if (input == null) {
				throw new IllegalStateException(resource + " is not on the class path");
			}
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
