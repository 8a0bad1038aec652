package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a live database with the schema that a version should have produced: the one
 * comparison behind adoption of a sqlx-migrated database, {@code validate} mode and the health
 * details. Only the Pierre tables are read (every table that any version creates), so that an
 * application's own tables beside them are no drift, while a Pierre table that is ahead of the
 * history is.
 */
public final class SchemaVerifier {

	private final ClassLoader classLoader;

	private final String historyTable;

	private final String schema;

	/** Parsed once, on first use: every health check compares against the same few. */
	private final Map<String, NormalizedSchema> expected = new ConcurrentHashMap<>();

	private volatile String newestVersion;

	/**
	 * Creates a verifier; nothing is read until it is used, so that a start that needs no
	 * comparison pays nothing for it.
	 * @param classLoader the class loader that holds the expected schemas
	 * @param historyTable the history table, never part of the schema
	 * @param schema the PostgreSQL schema to read, or {@code null} for the connection's
	 */
	public SchemaVerifier(ClassLoader classLoader, String historyTable, String schema) {
		this.classLoader = classLoader;
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
		NormalizedSchema newest = expected(newestVersion());
		InspectionOptions options = InspectionOptions.defaults()
			.withHistoryTable(this.historyTable)
			.withSchema(this.schema)
			.withOnlyTables(newest.tables().keySet());
		return SchemaComparator.compare(expected(version), new SchemaInspector(options).inspect(connection));
	}

	private NormalizedSchema expected(String version) {
		return this.expected.computeIfAbsent(version, new ExpectedSchemaReader(this.classLoader)::read);
	}

	private String newestVersion() {
		if (this.newestVersion == null) {
			List<String> versions = new ExpectedSchemaReader(this.classLoader).versions();
			this.newestVersion = versions.get(versions.size() - 1);
		}
		return this.newestVersion;
	}

}
