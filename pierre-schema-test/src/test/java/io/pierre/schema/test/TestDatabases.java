package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * What the tests read from databases: a value, and whether a PostgreSQL database still exists.
 */
final class TestDatabases {

	private TestDatabases() {
	}

	static String queryForString(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			return result.next() ? result.getString(1) : null;
		}
	}

	static boolean postgresDatabaseExists(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(System.getenv(TestPostgres.URL_VARIABLE),
				System.getenv().getOrDefault(TestPostgres.USER_VARIABLE, "postgres"),
				System.getenv().getOrDefault(TestPostgres.PASSWORD_VARIABLE, ""));
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
			result.next();
			return result.getInt(1) == 1;
		}
	}

	static String databaseName(String jdbcUrl) {
		String path = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
