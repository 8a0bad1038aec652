package io.pierre.schema.testsupport;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite databases for tests: a file that the test owns (in a {@code @TempDir}), connected with
 * foreign keys enforced, as the server connects.
 */
public final class TestSqlite {

	private TestSqlite() {
	}

	/**
	 * A DataSource for a database file; each connection enforces foreign keys.
	 * @param file the database file, created when first connected
	 * @return the DataSource
	 */
	public static DataSource dataSource(Path file) {
		SQLiteConfig config = new SQLiteConfig();
		config.enforceForeignKeys(true);
		SQLiteDataSource dataSource = new SQLiteDataSource(config);
		dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
		return dataSource;
	}

}
