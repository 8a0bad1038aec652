package io.pierre.schema.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;

/**
 * The row count and a SHA-256 of every value of some columns of a table, the rows in primary-key
 * order: two fingerprints are equal when the tables hold the same rows with the same values in
 * those columns. For tables too large to compare row by row in memory.
 */
public final class TableFingerprints {

	private TableFingerprints() {
	}

	/**
	 * The columns to compare across an upgrade: for each table of the older schema, the columns
	 * that the newer one still has.
	 * @param older the schema before
	 * @param newer the schema after
	 * @return the columns by table, sorted
	 */
	public static Map<String, List<String>> keptColumns(NormalizedSchema older, NormalizedSchema newer) {
		Map<String, List<String>> columns = new TreeMap<>();
		older.tables().forEach((table, definition) -> columns.put(table, definition.columns()
			.keySet()
			.stream()
			.filter((column) -> newer.table(table) != null && newer.table(table).columns().containsKey(column))
			.sorted()
			.toList()));
		return columns;
	}

	/**
	 * Fingerprints tables.
	 * @param dataSource the database
	 * @param schema gives each table's primary key
	 * @param columns the columns to fingerprint, by table
	 * @param where a condition on the rows to take (on the first primary-key column, say), or
	 * {@code null} for all
	 * @return "rows=n sha256=..." by table
	 * @throws SQLException if a table cannot be read
	 */
	public static Map<String, String> of(DataSource dataSource, NormalizedSchema schema,
			Map<String, List<String>> columns, Map<String, String> where) throws SQLException {
		Map<String, String> fingerprints = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			// PostgreSQL streams a result only inside a transaction with a fetch size.
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.setFetchSize(5000);
				for (Map.Entry<String, List<String>> table : columns.entrySet()) {
					String condition = (where != null) ? where.get(table.getKey()) : null;
					String sql = "SELECT " + String.join(", ", table.getValue()) + " FROM " + table.getKey()
							+ ((condition != null) ? " WHERE " + condition : "") + " ORDER BY "
							+ String.join(", ", schema.table(table.getKey()).primaryKey());
					fingerprints.put(table.getKey(), fingerprint(statement, sql));
				}
			}
			connection.rollback();
		}
		return fingerprints;
	}

	private static String fingerprint(Statement statement, String sql) throws SQLException {
		MessageDigest digest = sha256();
		long rows = 0;
		try (ResultSet result = statement.executeQuery(sql)) {
			int count = result.getMetaData().getColumnCount();
			while (result.next()) {
				rows++;
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= count; i++) {
					Object value = ReferenceRow.normalizeValue(result.getObject(i));
					row.append((value != null) ? value.getClass().getSimpleName() + ":" + value : "null").append('\u0001');
				}
				digest.update(row.append('\u0002').toString().getBytes(StandardCharsets.UTF_8));
			}
		}
		return "rows=" + rows + " sha256=" + HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
