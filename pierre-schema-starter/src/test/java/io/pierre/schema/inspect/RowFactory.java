package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inserts valid rows into any table of a normalized schema, derived from the schema alone: parent
 * rows first for every NOT NULL foreign key, the first allowed value for a column with a value
 * check, fresh text and numbers elsewhere (so that UNIQUE constraints hold), NULL in nullable
 * columns. Tests change one value of such a row to probe one rule.
 */
final class RowFactory {

	private final NormalizedSchema schema;

	private final Connection connection;

	/** Shared by every factory, so that rows made by two factories in one database never collide. */
	private static final AtomicLong COUNTER = new AtomicLong(1);

	RowFactory(NormalizedSchema schema, Connection connection) {
		this.schema = schema;
		this.connection = connection;
	}

	/**
	 * Builds a valid row of a table, inserting the parent rows it needs (but not the row).
	 * @param table the table
	 * @return the row's values by column
	 * @throws SQLException if a parent row cannot be inserted
	 */
	Map<String, Object> validRow(String table) throws SQLException {
		TableSchema definition = this.schema.table(table);
		Map<String, Object> row = new LinkedHashMap<>();
		Map<String, Object> fromParents = new HashMap<>();
		for (ForeignKeySchema key : definition.foreignKeys()) {
			boolean required = key.columns().stream().anyMatch((column) -> definition.columns().get(column).notNull());
			if (required) {
				Map<String, Object> parent = insertValid(key.references());
				for (int i = 0; i < key.columns().size(); i++) {
					fromParents.put(key.columns().get(i), parent.get(key.referencedColumns().get(i)));
				}
			}
		}
		for (Map.Entry<String, ColumnSchema> column : definition.columns().entrySet()) {
			String name = column.getKey();
			if (fromParents.containsKey(name)) {
				row.put(name, fromParents.get(name));
			}
			else if (isForeignKeyColumn(definition, name) || !column.getValue().notNull()) {
				row.put(name, null);
			}
			else {
				row.put(name, allowedValue(definition, name, column.getValue().type()));
			}
		}
		return row;
	}

	/**
	 * Builds and inserts a valid row.
	 * @param table the table
	 * @return the inserted row's values
	 * @throws SQLException if it cannot be inserted
	 */
	Map<String, Object> insertValid(String table) throws SQLException {
		Map<String, Object> row = validRow(table);
		insert(table, row);
		return row;
	}

	/**
	 * Inserts a row as it is.
	 * @param table the table
	 * @param row the values by column
	 * @throws SQLException if the database refuses the row
	 */
	void insert(String table, Map<String, Object> row) throws SQLException {
		List<String> columns = new ArrayList<>(row.keySet());
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", columns.stream().map((column) -> "?").toList()) + ")";
		try (PreparedStatement insert = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < columns.size(); i++) {
				insert.setObject(i + 1, row.get(columns.get(i)));
			}
			insert.executeUpdate();
		}
	}

	private static boolean isForeignKeyColumn(TableSchema table, String column) {
		return table.foreignKeys().stream().anyMatch((key) -> key.columns().contains(column));
	}

	private Object allowedValue(TableSchema table, String column, String type) {
		for (CheckConstraint check : table.checks()) {
			if (check instanceof CheckConstraint.AllowedValues allowed && allowed.column().equals(column)) {
				return allowed.values().get(0);
			}
		}
		// A fresh positive number passes every check of the "column > 0" / ">= 0" kind.
		long next = COUNTER.getAndIncrement();
		return switch (type) {
			case "INTEGER" -> next;
			case "REAL" -> next + 0.5;
			default -> "v" + next;
		};
	}

}
