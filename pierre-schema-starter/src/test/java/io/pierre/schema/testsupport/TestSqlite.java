package io.pierre.schema.testsupport;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

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

	/**
	 * Runs one statement on a database file, on a connection of its own that is closed afterwards
	 * (so that the file is as another process would find it), with SQLite's default settings.
	 * @param file the database file
	 * @param sql the statement
	 */
	public static void execute(Path file, String sql) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
		try {
			new JdbcTemplate(dataSource).execute(sql);
		}
		finally {
			dataSource.destroy();
		}
	}

	/**
	 * Reads one value from a database file, as {@link #execute} runs a statement.
	 * @param file the database file
	 * @param sql a query for one row and one column
	 * @return the value as text
	 */
	public static String queryForString(Path file, String sql) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
		try {
			return new JdbcTemplate(dataSource).queryForObject(sql, String.class);
		}
		finally {
			dataSource.destroy();
		}
	}

}
