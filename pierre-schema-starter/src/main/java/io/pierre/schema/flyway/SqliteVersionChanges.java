package io.pierre.schema.flyway;

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
import java.util.TreeMap;
import java.util.TreeSet;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * The rows that a SQLite version has left without their parent, found by checking what the
 * version can have broken rather than the whole database, whose check reads every row of every
 * child table (minutes at a million users):
 * <ul>
 * <li>every foreign key of the tables that the version created, rebuilt (their root page moved)
 * or altered;</li>
 * <li>in the other tables, the foreign keys that reference a table it created or rebuilt: a child
 * of a rebuilt table is read for that reference alone, not for every foreign key it has.</li>
 * </ul>
 * Each key is checked by one anti-join of the child against the parent's key: one pass over the
 * child and a lookup in the parent's index per row. {@code PRAGMA foreign_key_check} looks up the
 * same rows and took twelve times as long (5.5 s against 0.45 s per table at a million rows).
 * <p>
 * A version that deletes parent rows without rebuilding the parent must delete their children
 * itself, as version 14 does.
 */
final class SqliteVersionChanges {

	private static final int MAX_REPORTED = 10;

	private final Map<String, TableDefinition> before;

	private SqliteVersionChanges(Map<String, TableDefinition> before) {
		this.before = before;
	}

	/**
	 * Notes the tables as they are before a version runs.
	 * @param connection the connection that runs the version
	 * @return what the version's changes are measured against
	 * @throws SQLException if the schema cannot be read
	 */
	static SqliteVersionChanges from(Connection connection) throws SQLException {
		return new SqliteVersionChanges(tables(connection));
	}

	/**
	 * Finds the rows that lost their parent since {@link #from}.
	 * @param connection the connection that ran the version, inside its transaction
	 * @return the violations, none if the version kept every reference
	 * @throws SQLException if the database cannot be read
	 */
	Violations orphans(Connection connection) throws SQLException {
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
		List<String> examples = new ArrayList<>();
		long total = 0;
		for (Map.Entry<String, List<ForeignKey>> table : foreignKeys(connection).entrySet()) {
			boolean everyKey = changed.contains(table.getKey());
			for (ForeignKey key : table.getValue()) {
				if (everyKey || moved.contains(key.parent())) {
					total += checkKey(connection, table.getKey(), key, examples);
				}
			}
		}
		return new Violations(total, examples);
	}

	/**
	 * Finds the rows of a child whose key is not in the parent, as SQLite's own check does: a key
	 * with a NULL column references nothing, and the parent's column decides how values compare
	 * (it is the left operand of {@code =}).
	 */
	private static long checkKey(Connection connection, String child, ForeignKey key, List<String> examples)
			throws SQLException {
		List<String> parentColumns = key.to().isEmpty() ? primaryKey(connection, key.parent()) : key.to();
		List<String> present = new ArrayList<>();
		List<String> matches = new ArrayList<>();
		for (int i = 0; i < key.from().size(); i++) {
			present.add("c." + quote(key.from().get(i)) + " IS NOT NULL");
			matches.add("p." + quote(parentColumns.get(i)) + " = c." + quote(key.from().get(i)));
		}
		String sql = "SELECT c.rowid FROM " + quote(child) + " c WHERE " + String.join(" AND ", present)
				+ " AND NOT EXISTS (SELECT 1 FROM " + quote(key.parent()) + " p WHERE " + String.join(" AND ", matches)
				+ ")";
		long found = 0;
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				found++;
				report(examples, child + " rowid " + rows.getLong(1) + " -> " + key.parent());
			}
		}
		return found;
	}

	private static void report(List<String> examples, String violation) {
		if (examples.size() < MAX_REPORTED) {
			examples.add(violation);
		}
	}

	/** The foreign keys of every table, read in one statement: a version runs this for each table. */
	private static Map<String, List<ForeignKey>> foreignKeys(Connection connection) throws SQLException {
		Map<String, List<ForeignKey>> keys = new TreeMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT m.name, k.id, k.\"table\", k.\"from\", k.\"to\" "
						+ "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) k "
						+ "WHERE m.type = 'table' ORDER BY m.name, k.id, k.seq")) {
			// One row per column of a key, the columns of one key in a row.
			String table = null;
			int id = -1;
			ForeignKey key = null;
			while (rows.next()) {
				if (!rows.getString(1).equals(table) || rows.getInt(2) != id) {
					table = rows.getString(1);
					id = rows.getInt(2);
					key = new ForeignKey(rows.getString(3), new ArrayList<>(), new ArrayList<>());
					keys.computeIfAbsent(table, (name) -> new ArrayList<>()).add(key);
				}
				key.from().add(rows.getString(4));
				if (rows.getString(5) != null) {
					key.to().add(rows.getString(5));
				}
			}
		}
		return keys;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
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

	/**
	 * Rows without their parent.
	 *
	 * @param total how many
	 * @param examples the first few, as {@code table rowid N -> parent}
	 */
	record Violations(long total, List<String> examples) {

		Violations {
			examples = List.copyOf(examples);
		}

	}

	private record TableDefinition(long rootPage, String sql) {
	}

	/**
	 * A foreign key: the parent table, the child's columns, the parent's (none: its primary key).
	 * The lists are filled while the key is read, and only read after.
	 */
	private record ForeignKey(String parent, List<String> from, List<String> to) {
	}

}
