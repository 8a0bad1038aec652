package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Compares a live database with the schema that a version should have produced: the one
 * comparison behind adoption of a sqlx-migrated database, {@code validate} mode, the health
 * details and reverts. Only the Pierre tables are read, so that an application's own tables beside
 * them are no drift, while a Pierre table that is ahead of the history is.
 */
public final class SchemaVerifier {

	private final ExpectedSchemas expected;

	private final String historyTable;

	private final String schema;

	/**
	 * Creates a verifier; nothing is read until it is used, so that a start that needs no
	 * comparison pays nothing for it.
	 * @param expected the expected schemas
	 * @param historyTable the history table, never part of the schema
	 * @param schema the PostgreSQL schema to read, or {@code null} for the connection's
	 */
	public SchemaVerifier(ExpectedSchemas expected, String historyTable, String schema) {
		this.expected = expected;
		this.historyTable = historyTable;
		this.schema = schema;
	}

	/**
	 * The differences between the database and a version's schema.
	 * @param connection the database
	 * @param version the version whose schema the database should have
	 * @return the differences, empty when the database is as it should be
	 * @throws SQLException if the database cannot be read
	 */
	public List<SchemaDifference> differences(Connection connection, String version) throws SQLException {
		InspectionOptions options = InspectionOptions.of(this.historyTable)
			.withSchema(this.schema)
			.withOnlyTables(this.expected.pierreTables());
		return SchemaComparator.compare(this.expected.expectedSchema(version), new SchemaInspector(options).inspect(connection));
	}

}
