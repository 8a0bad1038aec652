package io.pierre.schema.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.jdbc.DatabaseKind;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database that online compilations prepare on: one per schema version (and set
 * of service migrations), created and migrated by the first compilation that needs it and kept,
 * so that later compilations find it current and only connect.
 */
final class PostgresCheckDatabases {

	private static final String DUPLICATE_DATABASE = "42P04";

	private PostgresCheckDatabases() {
	}

	/**
	 * The name of the database kept for a target.
	 * @param prefix the start of the names
	 * @param target the target
	 * @return the name
	 */
	static String name(String prefix, SchemaTarget target) {
		String fingerprint = target.serviceMigrations().fingerprint();
		return prefix + "_" + target.version().text().replaceAll("[^0-9]", "_")
				+ (fingerprint.isEmpty() ? "" : "_" + fingerprint);
	}

	static CheckDatabase open(PostgresServer server, String prefix, SchemaTarget target) {
		String name = name(prefix, target);
		try {
			createIfMissing(server, name);
			PGSimpleDataSource dataSource = server.dataSource(name);
			// Current after the first compilation: the migrator then only reads the history.
			target.migrate(dataSource, DatabaseKind.POSTGRESQL);
			return new CheckDatabase(DatabaseKind.POSTGRESQL, dataSource.getConnection(), () -> {
			});
		}
		catch (SQLException | RuntimeException ex) {
			throw new IllegalStateException("Could not prepare the PostgreSQL database " + name + " on " + server
					+ " at Pierre schema version " + target.version() + ": " + ex.getMessage(), ex);
		}
	}

	private static void createIfMissing(PostgresServer server, String name) throws SQLException {
		try (Connection connection = server.dataSource(null).getConnection()) {
			try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet row = exists.executeQuery()) {
					if (row.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				// Another compilation created it in the meantime.
				if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
					throw ex;
				}
			}
		}
	}

}
