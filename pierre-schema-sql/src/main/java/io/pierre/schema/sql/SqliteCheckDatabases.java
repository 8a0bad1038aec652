package io.pierre.schema.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.pierre.schema.jdbc.DatabaseKind;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.util.FileSystemUtils;

/**
 * The SQLite database of one compilation: a file in a temporary folder, migrated when the first
 * statement is checked and deleted with its folder when the compilation ends.
 */
final class SqliteCheckDatabases {

	private SqliteCheckDatabases() {
	}

	static CheckDatabase create(SchemaTarget target) {
		Path folder = createFolder();
		try {
			SQLiteConfig config = new SQLiteConfig();
			config.enforceForeignKeys(true);
			// The compilation's own database, deleted after it: nothing to keep through a crash.
			config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
			config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
			SQLiteDataSource dataSource = new SQLiteDataSource(config);
			dataSource.setUrl("jdbc:sqlite:" + folder.resolve("pierre.db").toAbsolutePath());
			target.migrate(dataSource, DatabaseKind.SQLITE);
			return new CheckDatabase(DatabaseKind.SQLITE, dataSource.getConnection(), () -> delete(folder));
		}
		catch (SQLException | RuntimeException ex) {
			delete(folder);
			throw new IllegalStateException("Could not make the SQLite database at Pierre schema version "
					+ target.version() + ": " + ex.getMessage(), ex);
		}
	}

	private static Path createFolder() {
		try {
			return Files.createTempDirectory("pierre-sql-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary folder for the SQLite database", ex);
		}
	}

	private static void delete(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete the SQLite database folder " + folder, ex);
		}
	}

}
