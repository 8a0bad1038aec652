package io.pierre.schema.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Runs {@code PRAGMA foreign_key_check} after each SQLite version, inside its transaction, and
 * fails the version when a row has lost its parent. Migrations run with enforcement off, as
 * SQLite's procedure for table rebuilds asks, so this is what keeps them honest.
 */
final class SqliteForeignKeyCheck implements Callback {

	private static final int MAX_REPORTED = 10;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_EACH_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		List<String> violations = new ArrayList<>();
		int total = 0;
		try (Statement statement = context.getConnection().createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
			while (rows.next()) {
				total++;
				if (violations.size() < MAX_REPORTED) {
					violations.add(rows.getString(1) + " rowid " + rows.getLong(2) + " -> " + rows.getString(3));
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not check foreign keys: " + ex.getMessage(), ex);
		}
		if (total > 0) {
			throw new FlywayException("Version " + context.getMigrationInfo().getVersion() + " would leave " + total
					+ " rows without their parent row, e.g. " + violations);
		}
	}

	@Override
	public String getCallbackName() {
		return "pierre-sqlite-foreign-key-check";
	}

}
