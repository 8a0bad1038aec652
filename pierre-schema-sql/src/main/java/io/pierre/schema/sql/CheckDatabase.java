package io.pierre.schema.sql;

import java.sql.Connection;
import java.sql.SQLException;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * A database at the checked schema, with the one connection that the compilation prepares its
 * statements on; closing it closes the connection and removes what is not kept.
 */
final class CheckDatabase implements AutoCloseable {

	private final Connection connection;

	private final Runnable cleanup;

	private final StatementDescriber describer;

	CheckDatabase(DatabaseKind kind, Connection connection, Runnable cleanup) {
		this.connection = connection;
		this.cleanup = cleanup;
		this.describer = new StatementDescriber(kind);
	}

	StatementVerdict prepare(SqlStatement statement) {
		return this.describer.describe(this.connection, statement.jdbcText());
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// Nothing was written through it; the cleanup below still runs.
		}
		finally {
			this.cleanup.run();
		}
	}

}
