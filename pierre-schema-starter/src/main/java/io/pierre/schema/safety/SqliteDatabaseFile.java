package io.pierre.schema.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Finds the file behind a SQLite connection, as SQLite resolved it, whatever form the URL had.
 */
public final class SqliteDatabaseFile {

	private SqliteDatabaseFile() {
	}

	/**
	 * The main database's file.
	 * @param connection a SQLite connection
	 * @return the absolute path of the file, or empty for an in-memory or temporary database
	 * @throws SQLException if SQLite cannot list its databases
	 */
	public static Optional<Path> of(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet databases = statement.executeQuery("PRAGMA database_list")) {
			while (databases.next()) {
				if ("main".equals(databases.getString("name"))) {
					String file = databases.getString("file");
					return (file == null || file.isEmpty()) ? Optional.empty() : Optional.of(Path.of(file));
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Whether the database holds any table, its own or the application's.
	 * @param connection a SQLite connection
	 * @return whether there is a table
	 * @throws SQLException if the catalog cannot be read
	 */
	public static boolean hasTables(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet tables = statement.executeQuery(
						"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
			return tables.next() && tables.getInt(1) > 0;
		}
	}

}
