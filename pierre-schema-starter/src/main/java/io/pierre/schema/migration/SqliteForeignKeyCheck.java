package io.pierre.schema.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Runs {@code PRAGMA foreign_key_check} after each SQLite version, inside its transaction, and
 * fails the version when a row has lost its parent. Migrations run with enforcement off, as
 * SQLite's procedure for table rebuilds asks, so this is what keeps them honest.
 * <p>
 * It checks what a version can have broken, not the whole database, whose check reads every row
 * of every child table (minutes at a million users): the tables that the version created, rebuilt
 * (their root page moved) or altered, and the children of the ones it created or rebuilt. A
 * version that deletes parent rows must delete their children itself, as version 14 does.
 */
final class SqliteForeignKeyCheck implements Callback {

	private static final int MAX_REPORTED = 10;

	/** The tables as the version about to run found them. */
	private Map<String, TableDefinition> before = Map.of();

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
				this.before = tables(connection);
				return;
			}
			check(connection, changedTables(connection), context.getMigrationInfo().getVersion().getVersion());
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not check foreign keys: " + ex.getMessage(), ex);
		}
	}

	private Set<String> changedTables(Connection connection) throws SQLException {
		Map<String, TableDefinition> after = tables(connection);
		Set<String> moved = new TreeSet<>();
		Set<String> changed = new TreeSet<>();
		after.forEach((table, definition) -> {
			TableDefinition previous = this.before.get(table);
			if (previous == null || previous.rootPage() != definition.rootPage()) {
				moved.add(table);
			}
			else if (!Objects.equals(previous.sql(), definition.sql())) {
				changed.add(table);
			}
		});
		changed.addAll(moved);
		for (String table : after.keySet()) {
			if (parents(connection, table).stream().anyMatch(moved::contains)) {
				changed.add(table);
			}
		}
		return changed;
	}

	private void check(Connection connection, Set<String> tables, String version) throws SQLException {
		List<String> violations = new ArrayList<>();
		int total = 0;
		for (String table : tables) {
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check(\"" + table + "\")")) {
				while (rows.next()) {
					total++;
					if (violations.size() < MAX_REPORTED) {
						violations.add(rows.getString(1) + " rowid " + rows.getLong(2) + " -> " + rows.getString(3));
					}
				}
			}
		}
		if (total > 0) {
			throw new FlywayException(
					"Version " + version + " would leave " + total + " rows without their parent row, e.g. " + violations);
		}
	}

	private static Map<String, TableDefinition> tables(Connection connection) throws SQLException {
		Map<String, TableDefinition> tables = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT name, rootpage, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
			while (rows.next()) {
				tables.put(rows.getString(1), new TableDefinition(rows.getLong(2), rows.getString(3)));
			}
		}
		return tables;
	}

	private static Set<String> parents(Connection connection, String table) throws SQLException {
		Set<String> parents = new TreeSet<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					parents.add(rows.getString(1));
				}
			}
		}
		return parents;
	}

	@Override
	public String getCallbackName() {
		return "pierre-sqlite-foreign-key-check";
	}

	private record TableDefinition(long rootPage, String sql) {
	}

}
