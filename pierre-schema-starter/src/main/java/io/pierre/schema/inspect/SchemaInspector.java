package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Reads the live schema of a database into the normalized form of the contract, so that it can be
 * compared with an expected schema by {@link SchemaComparator}. Works on SQLite ({@code main}) and
 * PostgreSQL (the connection's current schema, or the one the options name).
 */
public final class SchemaInspector {

	private final InspectionOptions options;

	/**
	 * An inspector that reads what the options say.
	 * @param options what to read
	 */
	public SchemaInspector(InspectionOptions options) {
		this.options = options;
	}

	/**
	 * Reads the schema through one connection, which stays open.
	 * @param connection the database
	 * @return the normalized schema
	 * @throws SQLException if the catalog cannot be read
	 * @throws io.pierre.schema.jdbc.UnsupportedDatabaseException for a database that is neither
	 * SQLite nor PostgreSQL
	 */
	public NormalizedSchema inspect(Connection connection) throws SQLException {
		DatabaseKind kind = DatabaseKind.fromProductName(connection.getMetaData().getDatabaseProductName());
		return switch (kind) {
			case SQLITE -> new SqliteSchemaReader(connection, this.options).read();
			case POSTGRESQL -> new PostgresSchemaReader(connection, this.options).read();
		};
	}

	/**
	 * Reads the schema through a connection of its own.
	 * @param dataSource the database
	 * @return the normalized schema
	 * @throws SQLException if the database cannot be reached or its catalog read
	 */
	public NormalizedSchema inspect(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return inspect(connection);
		}
	}

}
