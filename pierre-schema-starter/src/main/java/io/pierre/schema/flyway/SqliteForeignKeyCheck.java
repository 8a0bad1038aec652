package io.pierre.schema.flyway;

import java.sql.Connection;
import java.sql.SQLException;

import io.pierre.schema.integrity.SqliteVersionChanges;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Checks foreign keys after each SQLite version, inside its transaction, and fails the version
 * when a row has lost its parent. Migrations run with enforcement off, as SQLite's procedure for
 * table rebuilds asks, so this is what keeps them honest. What is checked is
 * {@link SqliteVersionChanges}' to say.
 */
final class SqliteForeignKeyCheck implements Callback {

	/** The tables as the version about to run found them. */
	private SqliteVersionChanges changes;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if (event == Event.BEFORE_EACH_MIGRATE) {
				this.changes = SqliteVersionChanges.from(connection);
				return;
			}
			SqliteVersionChanges.Violations violations = this.changes.orphans(connection);
			if (violations.total() > 0) {
				throw new FlywayException("Version " + context.getMigrationInfo().getVersion().getVersion()
						+ " would leave " + violations.describe());
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not check foreign keys: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "pierre-sqlite-foreign-key-check";
	}

}
