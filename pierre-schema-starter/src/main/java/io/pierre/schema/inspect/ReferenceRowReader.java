package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a table's rows as reference rows and orders rows the same way whatever their source.
 */
final class ReferenceRowReader {

	/**
	 * Columns that hold the time a row was written, left out because no two databases agree on them.
	 */
	static final Set<String> TIMESTAMP_COLUMNS = Set.of("created_at", "updated_at");

	private ReferenceRowReader() {
	}

	/**
	 * All rows of a table, without their timestamp columns, in primary-key order.
	 * @param connection the database
	 * @param qualifiedTable the table, quoted and qualified as the database needs it
	 * @param primaryKey the table's primary-key columns, for the order
	 * @return the rows
	 * @throws SQLException if the table cannot be read
	 */
	static List<ReferenceRow> read(Connection connection, String qualifiedTable, List<String> primaryKey)
			throws SQLException {
		List<ReferenceRow> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + qualifiedTable)) {
			ResultSetMetaData meta = result.getMetaData();
			while (result.next()) {
				Map<String, Object> values = new LinkedHashMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
					if (!TIMESTAMP_COLUMNS.contains(column)) {
						values.put(column, result.getObject(i));
					}
				}
				rows.add(new ReferenceRow(values));
			}
		}
		return sorted(rows, primaryKey);
	}

	/**
	 * Rows in primary-key order (all columns when there is no key), so that lists from JSON and
	 * from a database can be compared as they are.
	 * @param rows the rows
	 * @param primaryKey the key columns
	 * @return a sorted copy
	 */
	static List<ReferenceRow> sorted(List<ReferenceRow> rows, List<String> primaryKey) {
		Comparator<ReferenceRow> order = Comparator.comparing((row) -> key(row, primaryKey));
		List<ReferenceRow> copy = new ArrayList<>(rows);
		copy.sort(order);
		return List.copyOf(copy);
	}

	/**
	 * A row's primary key as text, for ordering and matching.
	 * @param row the row
	 * @param primaryKey the key columns; all columns when empty
	 * @return the key
	 */
	static String key(ReferenceRow row, List<String> primaryKey) {
		if (primaryKey.isEmpty()) {
			return row.values().toString();
		}
		StringBuilder key = new StringBuilder();
		for (String column : primaryKey) {
			key.append(row.get(column)).append('\u0000');
		}
		return key.toString();
	}

}
