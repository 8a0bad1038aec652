package io.pierre.schema.revert;

import java.sql.Connection;
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

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Step 10 of SQLite's procedure for schema changes that ALTER TABLE cannot make: with enforcement
 * off, a rebuild could leave rows without their parent, so before the transaction commits
 * {@code PRAGMA foreign_key_check} runs on every table whose definition the script changed and on
 * every table that references one of them. A down script that only drops tables needs no check:
 * the tables that stay never referenced the ones that go.
 */
final class SqliteRebuildCheck {

	private final Map<String, String> definitions;

	private SqliteRebuildCheck(Map<String, String> definitions) {
		this.definitions = definitions;
	}

	/**
	 * Notes the tables' definitions before a down script runs.
	 * @param connection the connection that runs the script
	 * @return the check to run after it
	 * @throws SQLException if the schema cannot be read
	 */
	static SqliteRebuildCheck before(Connection connection) throws SQLException {
		return new SqliteRebuildCheck(definitions(connection));
	}

	/**
	 * Checks the changed tables and their children.
	 * @param connection the connection that ran the script, inside its transaction
	 * @param version the version reverted, for the message
	 * @throws SQLException if the check cannot run
	 * @throws RevertException if a row has lost its parent
	 */
	void check(Connection connection, String version) throws SQLException {
		Map<String, String> after = definitions(connection);
		Set<String> changed = new TreeSet<>();
		after.forEach((table, sql) -> {
			if (this.definitions.containsKey(table) && !Objects.equals(this.definitions.get(table), sql)) {
				changed.add(table);
			}
		});
		if (changed.isEmpty()) {
			return;
		}
		Set<String> checked = new TreeSet<>(changed);
		for (String table : after.keySet()) {
			if (references(connection, table).stream().anyMatch(changed::contains)) {
				checked.add(table);
			}
		}
		List<String> orphans = new ArrayList<>();
		for (String table : checked) {
			try (Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("PRAGMA foreign_key_check(" + quote(table) + ")")) {
				while (result.next() && orphans.size() < 5) {
					orphans.add(result.getString(1) + " row " + result.getLong(2) + " -> " + result.getString(3));
				}
			}
		}
		if (!orphans.isEmpty()) {
			throw new RevertException("Reverting version " + version + " would leave rows without their parent row, e.g. "
					+ orphans + "; nothing was changed");
		}
	}

	private static Set<String> references(Connection connection, String table) throws SQLException {
		Set<String> parents = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA foreign_key_list(" + quote(table) + ")")) {
			while (result.next()) {
				parents.add(result.getString("table"));
			}
		}
		return parents;
	}

	private static Map<String, String> definitions(Connection connection) throws SQLException {
		Map<String, String> definitions = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
			while (result.next()) {
				definitions.put(result.getString(1), result.getString(2));
			}
		}
		return definitions;
	}

}
