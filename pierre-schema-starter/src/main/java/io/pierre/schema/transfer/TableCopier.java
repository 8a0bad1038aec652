package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.TableSchema;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Streams one table's rows from the source into the target in batches of INSERTs: memory holds
 * one batch, whatever the table's size. Values keep their storage class: 64-bit integers, 8-byte
 * floats, text, NULL. Used for a SQLite target; a PostgreSQL one gets {@link CopyTableLoader}.
 */
final class TableCopier implements TableLoader {

	private final int batchSize;

	private final TransferListener listener;

	TableCopier(int batchSize, TransferListener listener) {
		this.batchSize = batchSize;
		this.listener = listener;
	}

	@Override
	public long copy(String name, TableSchema table, Connection source, Connection target) throws SQLException {
		List<Map.Entry<String, ColumnSchema>> columns = List.copyOf(table.columns().entrySet());
		String columnList = columns.stream().map((column) -> quote(column.getKey())).collect(Collectors.joining(", "));
		long total = count(source, name);
		String insert = "INSERT INTO " + quote(name) + " (" + columnList + ") VALUES ("
				+ columns.stream().map((column) -> "?").collect(Collectors.joining(", ")) + ")";
		long copied = 0;
		try (Statement select = source.createStatement(); PreparedStatement batch = target.prepareStatement(insert)) {
			select.setFetchSize(this.batchSize);
			try (ResultSet rows = select.executeQuery("SELECT " + columnList + " FROM " + quote(name))) {
				while (rows.next()) {
					for (int i = 0; i < columns.size(); i++) {
						bind(name, columns.get(i), rows.getObject(i + 1), batch, i + 1);
					}
					batch.addBatch();
					copied++;
					if (copied % this.batchSize == 0) {
						flush(batch, name, copied, total);
					}
				}
			}
			if (copied % this.batchSize != 0) {
				flush(batch, name, copied, total);
			}
		}
		return copied;
	}

	private void flush(PreparedStatement batch, String table, long copied, long total) throws SQLException {
		batch.executeBatch();
		this.listener.copied(table, copied, total);
		if (Thread.currentThread().isInterrupted()) {
			throw new TransferException("The transfer was interrupted while copying " + table
					+ "; the target keeps none of the source's rows");
		}
	}

	private static void bind(String table, Map.Entry<String, ColumnSchema> column, Object value,
			PreparedStatement statement, int index) throws SQLException {
		String type = column.getValue().type();
		if (value == null) {
			statement.setNull(index, switch (type) {
				case "INTEGER" -> Types.BIGINT;
				case "REAL" -> Types.DOUBLE;
				default -> Types.VARCHAR;
			});
			return;
		}
		switch (type) {
			case "INTEGER" -> statement.setLong(index, SourceValues.integer(table, column.getKey(), value));
			case "REAL" -> statement.setDouble(index, SourceValues.real(table, column.getKey(), value));
			default -> statement.setString(index, value.toString());
		}
	}

	static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM " + quote(table))) {
			result.next();
			return result.getLong(1);
		}
	}

}
