package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Reads the live schema of SQLite's {@code main} database. Columns, keys and indexes come from
 * SQLite's pragmas, which report what metadata loses or finds slowly (the grouping of composite
 * foreign keys, an index's origin, its descending columns; sqlite-jdbc's primary-key metadata
 * re-parses each table's SQL); CHECK constraints, partial-index predicates and the events of
 * triggers from the statements in {@code sqlite_master}, where alone SQLite keeps them. The pragmas
 * are joined with {@code sqlite_master} so that each kind of object is read for every table in one
 * query.
 */
final class SqliteSchemaReader {

	private static final String TABLES = "SELECT name, sql FROM main.sqlite_master "
			+ "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

	// Not JDBC metadata: sqlite-jdbc reads every column of every table in one compound SELECT, which
	// SQLite refuses beyond 500 terms (69 tables have more columns than that).
	private static final String COLUMNS = """
			SELECT m.name, p.name, p.type, p."notnull", p.dflt_value
			FROM main.sqlite_master m JOIN pragma_table_info(m.name) p
			WHERE m.type = 'table'
			ORDER BY m.name, p.cid
			""";

	private static final String PRIMARY_KEYS = """
			SELECT m.name, p.name
			FROM main.sqlite_master m JOIN pragma_table_info(m.name) p
			WHERE m.type = 'table' AND p.pk > 0
			ORDER BY m.name, p.pk
			""";

	// One id per foreign key, one seq per column: composite keys stay together.
	private static final String FOREIGN_KEYS = """
			SELECT m.name, f.id, f."table", f."from", f."to", f.on_delete
			FROM main.sqlite_master m JOIN pragma_foreign_key_list(m.name) f
			WHERE m.type = 'table'
			ORDER BY m.name, f.id, f.seq
			""";

	// origin: 'pk' backs the primary key, 'u' a UNIQUE constraint, 'c' is a CREATE INDEX.
	private static final String INDEXES = """
			SELECT m.name, il.name, il."unique", il.origin, x.name, x."desc", s.sql
			FROM main.sqlite_master m
			JOIN pragma_index_list(m.name) il
			JOIN pragma_index_xinfo(il.name) x
			LEFT JOIN main.sqlite_master s ON s.type = 'index' AND s.name = il.name
			WHERE m.type = 'table' AND x.key = 1 AND il.origin IN ('u', 'c')
			ORDER BY m.name, il.name, x.seqno
			""";

	private static final String TRIGGERS = "SELECT tbl_name, name, sql FROM main.sqlite_master WHERE type = 'trigger'";

	/** The event of a CREATE TRIGGER statement: the first INSERT, UPDATE or DELETE after its name. */
	private static final Pattern TRIGGER_EVENT = Pattern.compile("^\\s*CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TRIGGER\\s+"
			+ "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\"[^\"]*\"|\\S+)\\s+(?:BEFORE\\s+|AFTER\\s+|INSTEAD\\s+OF\\s+)?"
			+ "(INSERT|UPDATE|DELETE)\\b", Pattern.CASE_INSENSITIVE);

	private final Connection connection;

	private final InspectionOptions options;

	SqliteSchemaReader(Connection connection, InspectionOptions options) {
		this.connection = connection;
		this.options = options;
	}

	NormalizedSchema read() throws SQLException {
		Map<String, TableParts> tables = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(TABLES);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				String name = result.getString(1);
				if (this.options.includes(name)) {
					TableParts table = new TableParts();
					SqliteDdl.checkBodies(result.getString(2)).forEach((body) -> table.checks.add(CheckParser.parse(body)));
					tables.put(key(name), table);
					names.put(key(name), name);
				}
			}
		}
		readColumns(tables);
		readPrimaryKeys(tables);
		readForeignKeys(tables);
		readIndexes(tables);
		readTriggers(tables);
		Map<String, TableSchema> result = new TreeMap<>();
		Map<String, List<ReferenceRow>> rows = new TreeMap<>();
		for (Map.Entry<String, TableParts> table : tables.entrySet()) {
			TableSchema definition = table.getValue().toTable();
			result.put(table.getKey(), definition);
			if (this.options.rowTables().contains(table.getKey())) {
				rows.put(table.getKey(),
						ReferenceRowReader.read(this.connection, inMain(names.get(table.getKey())), definition.primaryKey()));
			}
		}
		return new NormalizedSchema(result, rows);
	}

	private void readColumns(Map<String, TableParts> tables) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(COLUMNS);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				TableParts table = tables.get(key(result.getString(1)));
				if (table != null) {
					table.columns.put(key(result.getString(2)), new ColumnSchema(StorageClasses.ofSqlite(result.getString(3)),
							result.getInt(4) == 1, SqlText.normalizeDefault(result.getString(5))));
				}
			}
		}
	}

	private void readPrimaryKeys(Map<String, TableParts> tables) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(PRIMARY_KEYS);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				TableParts table = tables.get(key(result.getString(1)));
				if (table != null) {
					table.primaryKey.add(key(result.getString(2)));
				}
			}
		}
	}

	private void readForeignKeys(Map<String, TableParts> tables) throws SQLException {
		Map<String, Map<Integer, List<String[]>>> keys = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(FOREIGN_KEYS);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				if (tables.containsKey(key(result.getString(1)))) {
					keys.computeIfAbsent(key(result.getString(1)), (table) -> new TreeMap<>())
						.computeIfAbsent(result.getInt(2), (id) -> new ArrayList<>())
						.add(new String[] { result.getString(3), result.getString(4), result.getString(5),
								result.getString(6) });
				}
			}
		}
		for (Map.Entry<String, Map<Integer, List<String[]>>> table : keys.entrySet()) {
			for (List<String[]> parts : table.getValue().values()) {
				String parent = key(parts.get(0)[0]);
				List<String> columns = parts.stream().map((part) -> key(part[1])).toList();
				List<String> referenced = parts.stream().map((part) -> (part[2] != null) ? key(part[2]) : null).toList();
				if (referenced.contains(null)) {
					// "REFERENCES parent" without columns means the parent's primary key.
					referenced = (tables.containsKey(parent)) ? tables.get(parent).primaryKey : List.of();
				}
				tables.get(table.getKey()).foreignKeys.add(new ForeignKeySchema(columns, parent, referenced,
						parts.get(0)[3].toUpperCase(Locale.ROOT)));
			}
		}
	}

	private void readIndexes(Map<String, TableParts> tables) throws SQLException {
		Map<String, String[]> properties = new LinkedHashMap<>();
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (PreparedStatement query = this.connection.prepareStatement(INDEXES);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				if (!tables.containsKey(key(result.getString(1)))) {
					continue;
				}
				String index = result.getString(2);
				properties.putIfAbsent(index,
						new String[] { key(result.getString(1)), result.getString(3), result.getString(4), result.getString(7) });
				// An expression column has no name; it can only differ from a named column.
				String column = (result.getString(5) != null) ? key(result.getString(5)) : "<expression>";
				columns.computeIfAbsent(index, (name) -> new ArrayList<>())
					.add((result.getInt(6) == 1) ? column + " desc" : column);
			}
		}
		properties.forEach((index, parts) -> {
			TableParts table = tables.get(parts[0]);
			if ("u".equals(parts[2])) {
				// The order of a UNIQUE constraint's columns is all that counts, not their direction.
				table.unique.add(columns.get(index).stream().map((column) -> column.replace(" desc", "")).toList());
			}
			else {
				String predicate = (parts[3] != null) ? SqliteDdl.partialIndexPredicate(parts[3]) : null;
				table.indexes.put(key(index), new IndexSchema(key(index), "1".equals(parts[1]), columns.get(index),
						(predicate != null) ? SqlText.normalizeExpression(predicate) : null));
			}
		});
	}

	private void readTriggers(Map<String, TableParts> tables) throws SQLException {
		try (PreparedStatement query = this.connection.prepareStatement(TRIGGERS);
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				TableParts table = tables.get(key(result.getString(1)));
				if (table != null) {
					Matcher event = TRIGGER_EVENT.matcher(result.getString(3));
					String name = key(result.getString(2));
					table.triggers.put(name,
							new TriggerSchema(name, event.find() ? event.group(1).toUpperCase(Locale.ROOT) : "<unknown>"));
				}
			}
		}
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String inMain(String table) {
		return "main." + quote(table);
	}

}
