package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the live schema of one PostgreSQL schema. Tables, columns, primary keys and foreign keys
 * come from JDBC metadata; UNIQUE constraints, CHECK constraints and indexes from the catalog
 * ({@code pg_constraint}, {@code pg_index}), which metadata either does not report or reports
 * without telling a constraint's index from a named one.
 */
final class PostgresSchemaReader {

	private static final String UNIQUE_CONSTRAINTS = """
			SELECT c.conname, a.attname
			FROM pg_constraint c
			JOIN pg_class t ON t.oid = c.conrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
			JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
			WHERE n.nspname = ? AND t.relname = ? AND c.contype = 'u'
			ORDER BY c.conname, k.ord
			""";

	private static final String CHECK_CONSTRAINTS = """
			SELECT pg_get_constraintdef(c.oid)
			FROM pg_constraint c
			JOIN pg_class t ON t.oid = c.conrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			WHERE n.nspname = ? AND t.relname = ? AND c.contype = 'c'
			ORDER BY c.conname
			""";

	// Indexes that back a primary key, UNIQUE or exclusion constraint are the constraint's, not
	// named indexes. (A foreign key's conindid names the referenced table's index, hence the
	// conrelid condition.)
	private static final String INDEXES = """
			SELECT ic.relname, i.indisunique, pg_get_expr(i.indpred, i.indrelid),
			       CASE WHEN i.indkey[k.n - 1] <> 0 THEN a.attname
			            ELSE pg_get_indexdef(i.indexrelid, k.n, true) END,
			       (i.indoption[k.n - 1]::int & 1) = 1
			FROM pg_index i
			JOIN pg_class ic ON ic.oid = i.indexrelid
			JOIN pg_class t ON t.oid = i.indrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			CROSS JOIN LATERAL generate_series(1, i.indnkeyatts::int) AS k(n)
			LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]
			WHERE n.nspname = ? AND t.relname = ?
			  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
			                  WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid
			                    AND c.contype IN ('p', 'u', 'x'))
			ORDER BY ic.relname, k.n
			""";

	private final Connection connection;

	private final InspectionOptions options;

	PostgresSchemaReader(Connection connection, InspectionOptions options) {
		this.connection = connection;
		this.options = options;
	}

	NormalizedSchema read() throws SQLException {
		String schema = (this.options.schema() != null) ? this.options.schema() : this.connection.getSchema();
		Map<String, TableSchema> tables = new TreeMap<>();
		Map<String, List<ReferenceRow>> rows = new TreeMap<>();
		for (String name : tableNames(schema)) {
			TableSchema table = table(schema, name);
			tables.put(name, table);
			if (this.options.rowTables().contains(name)) {
				rows.put(name, ReferenceRowReader.read(this.connection, quote(schema) + "." + quote(name),
						table.primaryKey()));
			}
		}
		return new NormalizedSchema(tables, rows);
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

	private TableSchema table(String schema, String table) throws SQLException {
		List<String> primaryKey = primaryKey(schema, table);
		Map<String, IndexSchema> indexes = indexes(schema, table);
		return new TableSchema(columns(schema, table, primaryKey), primaryKey, uniqueConstraints(schema, table),
				foreignKeys(schema, table), checks(schema, table), indexes);
	}

	private Map<String, ColumnSchema> columns(String schema, String table, List<String> primaryKey)
			throws SQLException {
		Map<String, ColumnSchema> columns = new LinkedHashMap<>();
		DatabaseMetaData meta = this.connection.getMetaData();
		try (ResultSet result = meta.getColumns(null, schema, table, "%")) {
			while (result.next()) {
				if (!schema.equals(result.getString("TABLE_SCHEM")) || !table.equals(result.getString("TABLE_NAME"))) {
					continue;
				}
				String column = result.getString("COLUMN_NAME");
				boolean notNull = "NO".equals(result.getString("IS_NULLABLE")) || primaryKey.contains(column);
				columns.put(column, new ColumnSchema(StorageClasses.ofPostgres(result.getString("TYPE_NAME")), notNull,
						SqlText.normalizeDefault(result.getString("COLUMN_DEF"))));
			}
		}
		return columns;
	}

	private List<String> primaryKey(String schema, String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet result = this.connection.getMetaData().getPrimaryKeys(null, schema, table)) {
			while (result.next()) {
				columns.put(result.getInt("KEY_SEQ"), result.getString("COLUMN_NAME"));
			}
		}
		return List.copyOf(columns.values());
	}

	private List<ForeignKeySchema> foreignKeys(String schema, String table) throws SQLException {
		// Keyed by constraint name: metadata orders rows by referenced table and KEY_SEQ, which
		// interleaves two composite keys to the same table.
		Map<String, TreeMap<Integer, String[]>> keys = new TreeMap<>();
		try (ResultSet result = this.connection.getMetaData().getImportedKeys(null, schema, table)) {
			while (result.next()) {
				keys.computeIfAbsent(result.getString("FK_NAME"), (name) -> new TreeMap<>())
					.put(result.getInt("KEY_SEQ"),
							new String[] { result.getString("FKCOLUMN_NAME"), result.getString("PKTABLE_NAME"),
									result.getString("PKCOLUMN_NAME"), deleteRule(result.getShort("DELETE_RULE")) });
			}
		}
		List<ForeignKeySchema> foreignKeys = new ArrayList<>();
		for (TreeMap<Integer, String[]> key : keys.values()) {
			String[] first = key.firstEntry().getValue();
			foreignKeys.add(new ForeignKeySchema(key.values().stream().map((part) -> part[0]).toList(), first[1],
					key.values().stream().map((part) -> part[2]).toList(), first[3]));
		}
		return foreignKeys;
	}

	private static String deleteRule(short rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> "CASCADE";
			case DatabaseMetaData.importedKeySetNull -> "SET NULL";
			case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
			case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
			default -> "NO ACTION";
		};
	}

	private List<List<String>> uniqueConstraints(String schema, String table) throws SQLException {
		Map<String, List<String>> constraints = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(UNIQUE_CONSTRAINTS)) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					constraints.computeIfAbsent(result.getString(1), (name) -> new ArrayList<>()).add(result.getString(2));
				}
			}
		}
		return new ArrayList<>(constraints.values());
	}

	private List<CheckConstraint> checks(String schema, String table) throws SQLException {
		List<CheckConstraint> checks = new ArrayList<>();
		try (PreparedStatement query = this.connection.prepareStatement(CHECK_CONSTRAINTS)) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					checks.add(CheckParser.parse(result.getString(1)));
				}
			}
		}
		return checks;
	}

	private Map<String, IndexSchema> indexes(String schema, String table) throws SQLException {
		Map<String, IndexSchema> indexes = new TreeMap<>();
		Map<String, List<String>> columns = new LinkedHashMap<>();
		Map<String, Object[]> properties = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(INDEXES)) {
			query.setString(1, schema);
			query.setString(2, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					String name = result.getString(1);
					properties.putIfAbsent(name, new Object[] { result.getBoolean(2), result.getString(3) });
					String column = SqlText.normalizeExpression(result.getString(4));
					columns.computeIfAbsent(name, (key) -> new ArrayList<>())
						.add(result.getBoolean(5) ? column + " desc" : column);
				}
			}
		}
		for (Map.Entry<String, Object[]> index : properties.entrySet()) {
			String predicate = (String) index.getValue()[1];
			indexes.put(index.getKey(), new IndexSchema(index.getKey(), (Boolean) index.getValue()[0],
					columns.get(index.getKey()), (predicate != null) ? SqlText.normalizeExpression(predicate) : null));
		}
		return indexes;
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
