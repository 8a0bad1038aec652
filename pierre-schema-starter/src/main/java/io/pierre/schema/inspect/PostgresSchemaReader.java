package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Reads the live schema of one PostgreSQL schema. Tables and columns come from JDBC metadata;
 * keys, UNIQUE and CHECK constraints, indexes and triggers from the catalog ({@code pg_constraint},
 * {@code pg_index}, {@code pg_trigger}), which tells a constraint's index from a named one and keeps
 * each constraint's columns together. Each kind of object is read for the whole schema in one query, not table by
 * table: a schema of 44 tables is then read in a handful of round trips.
 */
final class PostgresSchemaReader {

	/** The columns of a constraint of a given type, in key order, with the referenced ones. */
	private static final String CONSTRAINT_COLUMNS = """
			SELECT t.relname, c.conname, c.contype, a.attname, rt.relname, ra.attname, c.confdeltype
			FROM pg_constraint c
			JOIN pg_class t ON t.oid = c.conrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
			JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
			LEFT JOIN pg_class rt ON rt.oid = c.confrelid
			LEFT JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[k.ord]
			WHERE n.nspname = ? AND c.contype IN ('p', 'u', 'f')
			ORDER BY t.relname, c.conname, k.ord
			""";

	private static final String CHECK_CONSTRAINTS = """
			SELECT t.relname, pg_get_constraintdef(c.oid)
			FROM pg_constraint c
			JOIN pg_class t ON t.oid = c.conrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			WHERE n.nspname = ? AND c.contype = 'c'
			ORDER BY t.relname, c.conname
			""";

	// Indexes that back a primary key, UNIQUE or exclusion constraint are the constraint's, not
	// named indexes. (A foreign key's conindid names the referenced table's index, hence the
	// conrelid condition.)
	private static final String INDEXES = """
			SELECT t.relname, ic.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid),
			       CASE WHEN i.indkey[k.n - 1] <> 0 THEN a.attname
			            ELSE pg_get_indexdef(i.indexrelid, k.n, true) END,
			       (i.indoption[k.n - 1]::int & 1) = 1
			FROM pg_index i
			JOIN pg_class ic ON ic.oid = i.indexrelid
			JOIN pg_class t ON t.oid = i.indrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			CROSS JOIN LATERAL generate_series(1, i.indnkeyatts::int) AS k(n)
			LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]
			WHERE n.nspname = ?
			  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
			                  WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid
			                    AND c.contype IN ('p', 'u', 'x'))
			ORDER BY t.relname, ic.relname, k.n
			""";

	// tgtype's bits 2, 3 and 4 say INSERT, DELETE, UPDATE; a trigger of the contract fires on one.
	private static final String TRIGGERS = """
			SELECT c.relname, t.tgname,
			       CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' WHEN t.tgtype & 8 <> 0 THEN 'DELETE'
			            WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' ELSE '<other>' END
			FROM pg_trigger t
			JOIN pg_class c ON c.oid = t.tgrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = ? AND NOT t.tgisinternal
			""";

	/**
	 * The expression the PostgreSQL scripts write for a default of SQLite's {@code datetime('now')}
	 * (the current UTC time as {@code YYYY-MM-DD HH:MM:SS}), normalized as the catalog reports it.
	 */
	private static final String NOW_AS_TEXT = SqlText
		.normalizeDefault("to_char(timezone('UTC', now()), 'YYYY-MM-DD HH24:MI:SS')");

	/** The contract's spelling of that default. */
	private static final String SQLITE_NOW = "datetime('now')";

	private final Connection connection;

	private final InspectionOptions options;

	PostgresSchemaReader(Connection connection, InspectionOptions options) {
		this.connection = connection;
		this.options = options;
	}

	NormalizedSchema read() throws SQLException {
		String schema = (this.options.schema() != null) ? this.options.schema() : this.connection.getSchema();
		Map<String, TableParts> tables = new TreeMap<>();
		for (String name : tableNames(schema)) {
			tables.put(name, new TableParts());
		}
		readColumns(schema, tables);
		readConstraints(schema, tables);
		readChecks(schema, tables);
		readIndexes(schema, tables);
		readTriggers(schema, tables);
		Map<String, TableSchema> result = new TreeMap<>();
		Map<String, List<ReferenceRow>> rows = new TreeMap<>();
		for (Map.Entry<String, TableParts> table : tables.entrySet()) {
			TableSchema definition = table.getValue().toTable();
			result.put(table.getKey(), definition);
			if (this.options.rowTables().contains(table.getKey())) {
				rows.put(table.getKey(), ReferenceRowReader.read(this.connection,
						quote(schema) + "." + quote(table.getKey()), definition.primaryKey()));
			}
		}
		return new NormalizedSchema(result, rows);
	}

	private List<String> tableNames(String schema) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet result = this.connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				// The schema is a LIKE pattern here: keep exact matches only.
				if (schema.equals(result.getString("TABLE_SCHEM")) && this.options.includes(result.getString("TABLE_NAME"))) {
					names.add(result.getString("TABLE_NAME"));
				}
			}
		}
		return names;
	}

	private void readColumns(String schema, Map<String, TableParts> tables) throws SQLException {
		try (ResultSet result = this.connection.getMetaData().getColumns(null, schema, "%", "%")) {
			while (result.next()) {
				TableParts table = tables.get(result.getString("TABLE_NAME"));
				if (table == null || !schema.equals(result.getString("TABLE_SCHEM"))) {
					continue;
				}
				table.columns.put(result.getString("COLUMN_NAME"),
						new ColumnSchema(StorageClasses.ofPostgres(result.getString("TYPE_NAME")),
								"NO".equals(result.getString("IS_NULLABLE")),
								columnDefault(result.getString("COLUMN_DEF"))));
			}
		}
	}

	private static String columnDefault(String reported) {
		String normalized = SqlText.normalizeDefault(reported);
		return NOW_AS_TEXT.equals(normalized) ? SQLITE_NOW : normalized;
	}

	private void readTriggers(String schema, Map<String, TableParts> tables) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(TRIGGERS)) {
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					TableParts table = tables.get(result.getString(1));
					if (table != null) {
						table.triggers.put(result.getString(2), new TriggerSchema(result.getString(2), result.getString(3)));
					}
				}
			}
		}
	}

	private void readConstraints(String schema, Map<String, TableParts> tables) throws SQLException {
		// Rows come in key order per constraint; a constraint's rows are consecutive.
		Map<String, Map<String, List<String[]>>> constraints = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(CONSTRAINT_COLUMNS)) {
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					if (tables.containsKey(result.getString(1))) {
						constraints.computeIfAbsent(result.getString(1), (table) -> new LinkedHashMap<>())
							.computeIfAbsent(result.getString(2), (name) -> new ArrayList<>())
							.add(new String[] { result.getString(3), result.getString(4), result.getString(5),
									result.getString(6), result.getString(7) });
					}
				}
			}
		}
		constraints.forEach((table, byName) -> byName.values().forEach((parts) -> {
			TableParts target = tables.get(table);
			List<String> columns = parts.stream().map((part) -> part[1]).toList();
			switch (parts.get(0)[0]) {
				case "p" -> target.primaryKey.addAll(columns);
				case "u" -> target.unique.add(columns);
				default -> target.foreignKeys.add(new ForeignKeySchema(columns, parts.get(0)[2],
						parts.stream().map((part) -> part[3]).toList(), deleteRule(parts.get(0)[4])));
			}
		}));
	}

	/** {@code pg_constraint.confdeltype} as SQL spells the rule. */
	private static String deleteRule(String code) {
		return switch (code) {
			case "c" -> "CASCADE";
			case "n" -> "SET NULL";
			case "d" -> "SET DEFAULT";
			case "r" -> "RESTRICT";
			default -> "NO ACTION";
		};
	}

	private void readChecks(String schema, Map<String, TableParts> tables) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(CHECK_CONSTRAINTS)) {
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					TableParts table = tables.get(result.getString(1));
					if (table != null) {
						table.checks.add(CheckParser.parse(result.getString(2)));
					}
				}
			}
		}
	}

	private void readIndexes(String schema, Map<String, TableParts> tables) throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, Object[]> properties = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(INDEXES)) {
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					if (!tables.containsKey(result.getString(1))) {
						continue;
					}
					String name = result.getString(2);
					properties.putIfAbsent(name, new Object[] { result.getString(1), result.getBoolean(3), result.getString(4) });
					String column = SqlText.normalizeExpression(result.getString(5));
					columns.computeIfAbsent(name, (key) -> new ArrayList<>())
						.add(result.getBoolean(6) ? column + " desc" : column);
				}
			}
		}
		properties.forEach((name, index) -> {
			String predicate = (String) index[2];
			tables.get((String) index[0]).indexes.put(name, new IndexSchema(name, (Boolean) index[1], columns.get(name),
					(predicate != null) ? SqlText.normalizeExpression(predicate) : null));
		});
	}

}
