package io.pierre.schema.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * SQLite test databases: a file in a temporary folder of its own, deleted with the folder.
 */
final class TestSqlite {

	private TestSqlite() {
	}

	static MigratedDatabase createDatabase() {
		try {
			Path folder = Files.createTempDirectory("pierre-test-");
			String url = "jdbc:sqlite:" + folder.resolve("pierre.db").toAbsolutePath();
			return new MigratedDatabase(DatabaseKind.SQLITE, url, null, null, () -> delete(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary folder for a SQLite test database", ex);
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the SQLite test database folder " + folder, ex);
		}
	}

}
