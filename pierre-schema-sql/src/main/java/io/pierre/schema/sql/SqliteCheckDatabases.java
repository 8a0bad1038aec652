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
 * The SQLite database of one compilation: a file in a temporary folder, made when the first
 * statement is checked and deleted with its folder when the compilation ends. At the newest Pierre
 * schema it is a copy of the build's template; at another, the migrator makes it.
 */
final class SqliteCheckDatabases {

	private final SqliteTemplate template;

	SqliteCheckDatabases(SqliteTemplate template) {
		this.template = template;
	}

	CheckDatabase create(SchemaTarget target) {
		Path folder = createFolder();
		try {
			Path file = folder.resolve("pierre.db");
			SQLiteDataSource dataSource = dataSource(file);
			if (this.template.holds(target)) {
				this.template.copyTo(file);
				target.serviceMigrations().apply(dataSource, DatabaseKind.SQLITE);
			}
			else {
				target.migrate(dataSource, DatabaseKind.SQLITE);
			}
			return new CheckDatabase(DatabaseKind.SQLITE, dataSource.getConnection(), () -> delete(folder));
		}
		catch (SQLException | RuntimeException ex) {
			delete(folder);
			throw new IllegalStateException("Could not make the SQLite database at Pierre schema version "
					+ target.version() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The data source of a compilation's database file, which the build's template is migrated
	 * through too.
	 * @param file the database file
	 * @return the data source
	 */
	static SQLiteDataSource dataSource(Path file) {
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(true);
		// The compilation's own database, deleted after it: nothing to keep through a crash.
		config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
		config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		return dataSource;
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
