package io.pierre.schema.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * SQLite test databases: a file in a temporary folder of its own, deleted with the folder. Each
 * is a copy of one file migrated once per JVM, since migrating takes seconds and copying
 * milliseconds.
 */
final class TestSqlite {

	private static final String FILE_NAME = "pierre.db";

	/** JVM-wide on purpose: the migrated original that every test's copy comes from. */
	private static Path template;

	private TestSqlite() {
	}

	static MigratedDatabase createMigrated() {
		Path original = template();
		Path folder = createFolder();
		try {
			Files.copy(original, folder.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			delete(folder);
			throw new UncheckedIOException("Could not copy the migrated SQLite database to " + folder, ex);
		}
		return database(folder);
	}

	private static synchronized Path template() {
		if (template == null) {
			Path folder = createFolder();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
			SchemaMigration.toNewest(database(folder).dataSource());
			template = folder.resolve(FILE_NAME);
		}
		return template;
	}

	private static MigratedDatabase database(Path folder) {
		String url = "jdbc:sqlite:" + folder.resolve(FILE_NAME).toAbsolutePath();
		return new MigratedDatabase(DatabaseKind.SQLITE, url, null, null, () -> delete(folder));
	}

	private static Path createFolder() {
		try {
			return Files.createTempDirectory("pierre-test-");
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
