package io.pierre.schema.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.pierre.schema.inspect.ExpectedSchemaReader;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcTables;

/**
 * Refuses, before anything changes, a database that holds Pierre tables but records no version of
 * them (no history table of the configured name, no sqlx history): version 1 would fail on them
 * halfway, after a history table had been made, and so would every later start.
 */
final class UnrecordedPierreTables {

	private final MigrationSettings settings;

	private final ClassLoader classLoader;

	UnrecordedPierreTables(MigrationSettings settings, ClassLoader classLoader) {
		this.settings = settings;
		this.classLoader = classLoader;
	}

	/**
	 * Checks the database's tables.
	 * @param connection the database
	 * @param kind what it is
	 * @throws SchemaMigrationException naming the Pierre tables found
	 * @throws SQLException if the tables cannot be listed
	 */
	void refuseAny(Connection connection, DatabaseKind kind) throws SQLException {
		// Flyway works in the connection's current schema unless told one.
		String schema = (this.settings.schema() != null || kind != DatabaseKind.POSTGRESQL) ? this.settings.schema()
				: connection.getSchema();
		Set<String> found = new TreeSet<>(JdbcTables.names(connection, schema));
		if (found.isEmpty()) {
			// A new database, the usual case: no need to read the schema's description.
			return;
		}
		found.retainAll(pierreTables());
		if (!found.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre tables " + found
					+ " but no record of their version: neither " + this.settings.historyTable()
					+ " (pierre.database.history-table) nor the Pierre server's _sqlx_migrations has one. "
					+ "Nothing was changed. Point pierre.database.history-table at the table that records them, "
					+ "or give the starter a database without these tables.");
		}
	}

	/** The newest version's tables: no version drops a table that an earlier one created. */
	private Set<String> pierreTables() {
		ExpectedSchemaReader expected = new ExpectedSchemaReader(this.classLoader);
		List<String> versions = expected.versions();
		return expected.read(versions.get(versions.size() - 1)).tables().keySet();
	}

}
