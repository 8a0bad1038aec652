package io.pierre.schema.revert;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.jdbc.JdbcTables;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Finds the data that a down script would discard: rows of the tables it drops, other than the
 * rows that migrations seed or fill in again from rows that stay, and values of the columns it drops, other than NULL and the value
 * that applying the version again would give back.
 */
final class DataLossCheck {

	private static final Pattern TABLE_IN_BRACES = Pattern.compile("\\{(\\w+)}");

	/** The schema that holds the tables, or {@code null} for SQLite's single one. */
	private final String schema;

	DataLossCheck(String schema) {
		this.schema = schema;
	}

	/**
	 * What a version's down script would discard.
	 * @param connection the database, which may be at a later version (a table or column that a
	 * later version dropped holds nothing)
	 * @param drops what the down script drops
	 * @return the losses, empty when nothing would be lost
	 * @throws SQLException if the database cannot be read
	 */
	List<DataLoss> find(Connection connection, VersionDrops drops) throws SQLException {
		List<DataLoss> losses = new ArrayList<>();
		if (drops.dropsNothing()) {
			return losses;
		}
		Set<String> tables = JdbcTables.names(connection, this.schema);
		for (String table : drops.tables()) {
			if (tables.contains(table)) {
				String restored = drops.restoredRows().get(table);
				long rows = (restored != null) ? rowsOtherThan(connection, table, restored)
						: rowsOtherThanSeeds(connection, table, drops.seededRows().getOrDefault(table, List.of()));
				if (rows > 0) {
					losses.add(new DataLoss(drops.version(), table, null, rows));
				}
			}
		}
		for (Map.Entry<String, List<String>> table : drops.columns().entrySet()) {
			if (!tables.contains(table.getKey())) {
				continue;
			}
			Set<String> present = columns(connection, table.getKey());
			for (String column : table.getValue()) {
				if (present.contains(column)) {
					String restored = drops.restoredValues().getOrDefault(table.getKey(), Map.of()).get(column);
					long values = valuesOtherThan(connection, table.getKey(), column, restored);
					if (values > 0) {
						losses.add(new DataLoss(drops.version(), table.getKey(), column, values));
					}
				}
			}
		}
		return losses;
	}

	private long rowsOtherThanSeeds(Connection connection, String table, List<ReferenceRow> seeds)
			throws SQLException {
		if (seeds.isEmpty()) {
			return count(connection, "SELECT COUNT(*) FROM " + qualified(table));
		}
		// Only tables that migrations seed come here; they hold a few rows of configuration.
		long rows = 0;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + qualified(table))) {
			ResultSetMetaData meta = result.getMetaData();
			while (result.next()) {
				Map<String, Object> values = new TreeMap<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					values.put(meta.getColumnName(i).toLowerCase(Locale.ROOT),
							ReferenceRow.normalizeValue(result.getObject(i)));
				}
				if (seeds.stream().noneMatch((seed) -> matches(seed, values))) {
					rows++;
				}
			}
		}
		return rows;
	}

	private long rowsOtherThan(Connection connection, String table, String restored) throws SQLException {
		Matcher names = TABLE_IN_BRACES.matcher(restored);
		StringBuilder condition = new StringBuilder();
		while (names.find()) {
			names.appendReplacement(condition, Matcher.quoteReplacement(qualified(names.group(1))));
		}
		names.appendTail(condition);
		// A condition that is NULL for a row does not show that it comes back: that row counts.
		return count(connection, "SELECT COUNT(*) FROM " + qualified(table) + " c WHERE NOT COALESCE((" + condition
				+ "), false)");
	}

	private static boolean matches(ReferenceRow seed, Map<String, Object> row) {
		return seed.values()
			.entrySet()
			.stream()
			.allMatch((value) -> Objects.equals(value.getValue(), row.get(value.getKey())));
	}

	private long valuesOtherThan(Connection connection, String table, String column, String restored)
			throws SQLException {
		String sql = "SELECT COUNT(*) FROM " + qualified(table) + " WHERE " + quote(column) + " IS NOT NULL";
		if (restored != null) {
			sql += " AND " + quote(column) + " <> (" + restored + ")";
		}
		return count(connection, sql);
	}

	private Set<String> columns(Connection connection, String table) throws SQLException {
		Set<String> columns = new HashSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + qualified(table) + " WHERE 1 = 0")) {
			ResultSetMetaData meta = result.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private String qualified(String table) {
		return (this.schema != null) ? quote(this.schema) + "." + quote(table) : quote(table);
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
