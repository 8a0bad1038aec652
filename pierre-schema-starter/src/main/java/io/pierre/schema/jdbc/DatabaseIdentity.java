package io.pierre.schema.jdbc;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * What a database is, as its connections report it, so that two DataSources are known to reach
 * one database whatever wraps or pools them: for SQLite the real path of the main file, for
 * PostgreSQL the server (its port and start time), the database and the schema that unqualified
 * names go to.
 *
 * @param kind the database
 * @param server the PostgreSQL server, {@code null} for SQLite
 * @param database the SQLite file's real path, or the PostgreSQL database's name
 * @param schema the PostgreSQL schema, {@code null} for SQLite
 */
public record DatabaseIdentity(DatabaseKind kind, String server, String database, String schema) {

	private static final String POSTGRESQL_QUERY = "SELECT current_setting('port'), pg_postmaster_start_time(), "
			+ "current_database(), current_schema()";

	/**
	 * The identity of the database a DataSource connects to.
	 * @param dataSource the DataSource
	 * @return the identity, or empty for another database than SQLite and PostgreSQL and for a
	 * SQLite database with no file (in memory)
	 * @throws SQLException if the database cannot be reached
	 */
	public static Optional<DatabaseIdentity> of(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return of(connection);
		}
	}

	/**
	 * The identity of the database a connection is to.
	 * @param connection the connection
	 * @return the identity, or empty as for {@link #of(DataSource)}
	 * @throws SQLException if the database cannot be asked
	 */
	public static Optional<DatabaseIdentity> of(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName();
		if (DatabaseKind.SQLITE.productName().equalsIgnoreCase(product)) {
			return sqliteFile(connection).map((file) -> new DatabaseIdentity(DatabaseKind.SQLITE, null, file, null));
		}
		if (DatabaseKind.POSTGRESQL.productName().equalsIgnoreCase(product)) {
			return Optional.of(postgresql(connection));
		}
		return Optional.empty();
	}

	/**
	 * This identity with another PostgreSQL schema, for a tool told to work in a schema of its
	 * choosing rather than the connection's; a SQLite identity is returned as it is.
	 * @param schema the schema
	 * @return the identity in that schema
	 */
	public DatabaseIdentity inSchema(String schema) {
		if (this.kind != DatabaseKind.POSTGRESQL) {
			return this;
		}
		return new DatabaseIdentity(this.kind, this.server, this.database, schema);
	}

	private static Optional<String> sqliteFile(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
			String file = result.next() ? result.getString(1) : null;
			if (file == null || file.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(realPath(Path.of(file)));
		}
	}

	/** Symbolic links and relative forms of one file resolve to one path. */
	private static String realPath(Path file) {
		try {
			return file.toRealPath().toString();
		}
		catch (IOException ex) {
			return file.toAbsolutePath().normalize().toString();
		}
	}

	private static DatabaseIdentity postgresql(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(POSTGRESQL_QUERY)) {
			result.next();
			// A server is its port and start time: its address differs between a socket and TCP,
			// and behind a pooler.
			return new DatabaseIdentity(DatabaseKind.POSTGRESQL,
					"port " + result.getString(1) + ", started " + result.getString(2), result.getString(3),
					result.getString(4));
		}
	}

}
