package io.pierre.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.CatalogEntry;
import io.pierre.schema.migration.MigrationCatalog;
import io.pierre.schema.migration.MigrationLocations;

/**
 * The starter's scripts for one database as one SQL file for a database shell (sqlite3, psql): the
 * same statements, the placeholder replaced as the runner replaces it, one transaction per
 * version, no history table.
 */
final class ShellScript {

	private ShellScript() {
	}

	static Path write(DatabaseKind kind, Path file) {
		ClassLoader classLoader = ShellScript.class.getClassLoader();
		StringBuilder sql = new StringBuilder();
		for (CatalogEntry entry : MigrationCatalog.load(classLoader).entries(kind)) {
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
