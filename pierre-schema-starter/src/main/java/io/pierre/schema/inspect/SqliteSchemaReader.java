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
 * Reads the live schema of SQLite's {@code main} database. Columns and primary keys come from JDBC
 * metadata; foreign keys and indexes from SQLite's pragmas, which report what metadata loses (the
 * grouping of composite keys, an index's origin, its descending columns); CHECK constraints and
 * partial-index predicates from the statements in {@code sqlite_master}, where alone SQLite keeps
 * them.
 */
final class SqliteSchemaReader {

	private final Connection connection;

	private final InspectionOptions options;

	SqliteSchemaReader(Connection connection, InspectionOptions options) {
		this.connection = connection;
		this.options = options;
	}

	NormalizedSchema read() throws SQLException {
		Map<String, TableSchema> tables = new TreeMap<>();
		Map<String, List<ReferenceRow>> rows = new TreeMap<>();
		for (Map.Entry<String, String> table : tableStatements().entrySet()) {
			String name = table.getKey();
			TableSchema schema = table(name, table.getValue());
			tables.put(name.toLowerCase(Locale.ROOT), schema);
			if (this.options.rowTables().contains(name.toLowerCase(Locale.ROOT))) {
				rows.put(name.toLowerCase(Locale.ROOT),
						ReferenceRowReader.read(this.connection, quote(name), schema.primaryKey()));
			}
		}
		return new NormalizedSchema(tables, rows);
	}

	/** The included tables with their CREATE TABLE statements; SQLite's own tables are never included. */
	private Map<String, String> tableStatements() throws SQLException {
		Map<String, String> statements = new TreeMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(
				"SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				if (this.options.includes(result.getString(1))) {
					statements.put(result.getString(1), result.getString(2));
				}
			}
		}
		return statements;
	}

	private TableSchema table(String name, String createTable) throws SQLException {
		List<String> primaryKey = primaryKey(name);
		Map<String, ColumnSchema> columns = columns(name, primaryKey);
		List<List<String>> unique = new ArrayList<>();
		Map<String, IndexSchema> indexes = new TreeMap<>();
		readIndexes(name, unique, indexes);
		List<CheckConstraint> checks = SqliteDdl.checkBodies(createTable).stream().map(CheckParser::parse).toList();
		return new TableSchema(columns, primaryKey, unique, foreignKeys(name), checks, indexes);
	}

	private Map<String, ColumnSchema> columns(String table, List<String> primaryKey) throws SQLException {
		Map<String, ColumnSchema> columns = new LinkedHashMap<>();
		DatabaseMetaData meta = this.connection.getMetaData();
		try (ResultSet result = meta.getColumns(null, null, table, "%")) {
			while (result.next()) {
				// The name is a LIKE pattern here ('_' matches any character): keep exact matches only.
				if (!table.equalsIgnoreCase(result.getString("TABLE_NAME"))) {
					continue;
				}
				String column = result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
				boolean notNull = "NO".equals(result.getString("IS_NULLABLE")) || primaryKey.contains(column);
				columns.put(column, new ColumnSchema(StorageClasses.ofSqlite(result.getString("TYPE_NAME")), notNull,
						SqlText.normalizeDefault(result.getString("COLUMN_DEF"))));
			}
		}
		return columns;
	}

	private List<String> primaryKey(String table) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet result = this.connection.getMetaData().getPrimaryKeys(null, null, table)) {
			while (result.next()) {
				columns.put(result.getInt("KEY_SEQ"), result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(columns.values());
	}

	private List<ForeignKeySchema> foreignKeys(String table) throws SQLException {
		// One id per foreign key, one seq per column: composite keys stay together.
		Map<Integer, List<String[]>> keys = new TreeMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(
				"SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
			query.setString(1, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					keys.computeIfAbsent(result.getInt(1), (id) -> new ArrayList<>())
						.add(new String[] { result.getString(3), result.getString(4), result.getString(5),
								result.getString(6) });
				}
			}
		}
		List<ForeignKeySchema> foreignKeys = new ArrayList<>();
		for (List<String[]> key : keys.values()) {
			String parent = key.get(0)[0];
			List<String> columns = key.stream().map((part) -> part[1].toLowerCase(Locale.ROOT)).toList();
			List<String> referenced = new ArrayList<>();
			for (String[] part : key) {
				referenced.add((part[2] != null) ? part[2].toLowerCase(Locale.ROOT) : null);
			}
			if (referenced.contains(null)) {
				// "REFERENCES parent" without columns means the parent's primary key.
				referenced = primaryKey(parent);
			}
			foreignKeys.add(new ForeignKeySchema(columns, parent.toLowerCase(Locale.ROOT), referenced,
					key.get(0)[3].toUpperCase(Locale.ROOT)));
		}
		return foreignKeys;
	}

	/** Sorts the table's indexes by origin: UNIQUE constraints ('u') and named indexes ('c'). */
	private void readIndexes(String table, List<List<String>> unique, Map<String, IndexSchema> indexes)
			throws SQLException {
		Map<String, String[]> found = new TreeMap<>();
		try (PreparedStatement query = this.connection
			.prepareStatement("SELECT name, \"unique\", origin FROM pragma_index_list(?)")) {
			query.setString(1, table);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					found.put(result.getString(1), new String[] { result.getString(2), result.getString(3) });
				}
			}
		}
		for (Map.Entry<String, String[]> index : found.entrySet()) {
			String origin = index.getValue()[1];
			if ("u".equals(origin)) {
				unique.add(indexColumns(index.getKey(), false));
			}
			else if ("c".equals(origin)) {
				String name = index.getKey().toLowerCase(Locale.ROOT);
				String predicate = SqliteDdl.partialIndexPredicate(indexStatement(index.getKey()));
				indexes.put(name, new IndexSchema(name, "1".equals(index.getValue()[0]),
						indexColumns(index.getKey(), true),
						(predicate != null) ? SqlText.normalizeExpression(predicate) : null));
			}
			// origin 'pk' only backs the primary key.
		}
	}

	private List<String> indexColumns(String index, boolean withOrder) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = this.connection.prepareStatement(
				"SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
			query.setString(1, index);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					// An expression column has no name; it can only differ from a named column.
					String name = (result.getString(1) != null) ? result.getString(1).toLowerCase(Locale.ROOT)
							: "<expression>";
					columns.add((withOrder && result.getInt(2) == 1) ? name + " desc" : name);
				}
			}
		}
		return columns;
	}

	private String indexStatement(String index) throws SQLException {
		try (PreparedStatement query = this.connection
			.prepareStatement("SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?")) {
			query.setString(1, index);
			try (ResultSet result = query.executeQuery()) {
				return (result.next() && result.getString(1) != null) ? result.getString(1) : "";
			}
		}
	}

	private static String quote(String identifier) {
		return "main.\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
