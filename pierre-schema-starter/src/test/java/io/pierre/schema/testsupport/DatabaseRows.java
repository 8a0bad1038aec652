package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;

/**
 * Every row of some tables, read whole: table, then row by its primary key, then value by column.
 * Values are normalized as {@link ReferenceRow#normalizeValue} does (integers as Long, reals as
 * Double), so that what a test wrote and what the database gives back compare equal.
 */
public final class DatabaseRows {

	private final Map<String, Map<String, Map<String, Object>>> tables;

	DatabaseRows(Map<String, Map<String, Map<String, Object>>> tables) {
		this.tables = tables;
	}

	/**
	 * Reads every row of every table of a schema.
	 * @param dataSource the database
	 * @param schema names the tables and their primary keys
	 * @return the rows
	 * @throws SQLException if a table cannot be read
	 */
	public static DatabaseRows read(DataSource dataSource, NormalizedSchema schema) throws SQLException {
		Map<String, Map<String, Map<String, Object>>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String table : schema.tables().keySet()) {
				Map<String, Map<String, Object>> rows = new TreeMap<>();
				try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
					ResultSetMetaData metaData = result.getMetaData();
					while (result.next()) {
						Map<String, Object> row = new TreeMap<>();
						for (int i = 1; i <= metaData.getColumnCount(); i++) {
							row.put(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT),
									ReferenceRow.normalizeValue(result.getObject(i)));
						}
						rows.put(key(schema.table(table).primaryKey(), row), row);
					}
				}
				tables.put(table, rows);
			}
		}
		return new DatabaseRows(tables);
	}

	/**
	 * The key that identifies a row: its primary-key values.
	 * @param primaryKey the primary-key columns
	 * @param row the row
	 * @return e.g. {@code id=v12}
	 */
	public static String key(List<String> primaryKey, Map<String, Object> row) {
		List<String> parts = new ArrayList<>();
		for (String column : primaryKey) {
			parts.add(column + "=" + row.get(column));
		}
		return String.join(", ", parts);
	}

	public Collection<String> tableNames() {
		return Collections.unmodifiableSet(this.tables.keySet());
	}

	/**
	 * One table's rows.
	 * @param table the table
	 * @return the rows by key, empty when the table has none or was not read
	 */
	public Map<String, Map<String, Object>> rows(String table) {
		return Collections.unmodifiableMap(this.tables.getOrDefault(table, Map.of()));
	}

	public int count(String table) {
		return rows(table).size();
	}

	/**
	 * How these rows differ from the expected ones: a missing row, an extra row, or a value that
	 * differs. Only the columns that an expected row names are compared, so an expected row may
	 * leave out what cannot be known, such as the time a migration seeded a row.
	 * @param expected the expected rows
	 * @return the differences, one line each, empty when there is none
	 */
	public List<String> differencesFrom(DatabaseRows expected) {
		List<String> differences = new ArrayList<>();
		TreeSet<String> tableNames = new TreeSet<>(expected.tables.keySet());
		tableNames.addAll(this.tables.keySet());
		for (String table : tableNames) {
			Map<String, Map<String, Object>> want = expected.rows(table);
			Map<String, Map<String, Object>> have = rows(table);
			for (Map.Entry<String, Map<String, Object>> row : want.entrySet()) {
				Map<String, Object> found = have.get(row.getKey());
				if (found == null) {
					differences.add(table + " [" + row.getKey() + "]: missing " + row.getValue());
					continue;
				}
				for (Map.Entry<String, Object> value : row.getValue().entrySet()) {
					if (!found.containsKey(value.getKey())) {
						differences.add(table + " [" + row.getKey() + "]: no column " + value.getKey());
					}
					else if (!Objects.equals(value.getValue(), found.get(value.getKey()))) {
						differences.add(table + " [" + row.getKey() + "]." + value.getKey() + ": expected "
								+ value.getValue() + " but was " + found.get(value.getKey()));
					}
				}
			}
			for (Map.Entry<String, Map<String, Object>> row : have.entrySet()) {
				if (!want.containsKey(row.getKey())) {
					differences.add(table + " [" + row.getKey() + "]: unexpected " + row.getValue());
				}
			}
		}
		return differences;
	}

	/**
	 * These rows as an older schema holds them: the tables it has, each row with the columns it
	 * has, NULL in a column that the newer schema does not have.
	 * @param newer the schema these rows were read with
	 * @param older the older schema
	 * @return the rows that the older schema would hold; a column that a row leaves out (such as
	 * a seeded row's timestamps) stays left out
	 */
	public DatabaseRows projectedOnto(NormalizedSchema newer, NormalizedSchema older) {
		Map<String, Map<String, Map<String, Object>>> projected = new TreeMap<>();
		older.tables().forEach((table, definition) -> {
			Map<String, Map<String, Object>> rows = new TreeMap<>();
			rows(table).forEach((key, row) -> {
				Map<String, Object> values = new TreeMap<>();
				for (String column : definition.columns().keySet()) {
					if (row.containsKey(column)) {
						values.put(column, row.get(column));
					}
					else if (newer.table(table) == null || !newer.table(table).columns().containsKey(column)) {
						values.put(column, null);
					}
				}
				rows.put(key, values);
			});
			projected.put(table, rows);
		});
		return new DatabaseRows(projected);
	}

}
