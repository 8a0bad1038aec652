package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.pierre.schema.inspect.CheckConstraint;
import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.TableSchema;

/**
 * Inserts valid rows into any table of a normalized schema, derived from the schema alone: parent
 * rows first for every foreign key that needs one, an allowed value for a column with a value
 * check, fresh text and numbers elsewhere (so that UNIQUE constraints hold). Tests change one value
 * of such a row to probe one rule.
 * <p>
 * {@link Fill#REQUIRED} leaves every nullable column NULL, the smallest valid row;
 * {@link Fill#ALL} gives every column a value, nullable foreign keys a parent row of their own (one
 * whose nullable columns are NULL where the key points at its own table), and
 * varies the values (the allowed values of a check in turn, 64-bit integers beyond a double's exact
 * range, reals that no float4 holds, text with a quote and a non-ASCII letter), so that an upgrade
 * that loses or alters any value shows.
 */
public final class RowFactory {

	/** Which columns get a value. */
	public enum Fill {

		/** NOT NULL columns only. */
		REQUIRED,

		/** Every column. */
		ALL

	}

	/** Shared by every factory, so that rows made by two factories in one database never collide. */
	private static final AtomicLong COUNTER = new AtomicLong(1);

	/** Beyond 2^53: a value that went through a double on its way would come back different. */
	private static final long LARGE = 4_000_000_000_000_000_000L;

	private final NormalizedSchema schema;

	private final Connection connection;

	private final Fill fill;

	public RowFactory(NormalizedSchema schema, Connection connection) {
		this(schema, connection, Fill.REQUIRED);
	}

	public RowFactory(NormalizedSchema schema, Connection connection, Fill fill) {
		this.schema = schema;
		this.connection = connection;
		this.fill = fill;
	}

	/**
	 * Builds a valid row of a table, inserting the parent rows it needs (but not the row).
	 * @param table the table
	 * @return the row's values by column
	 * @throws SQLException if a parent row cannot be inserted
	 */
	public Map<String, Object> validRow(String table) throws SQLException {
		TableSchema definition = this.schema.table(table);
		Map<String, Object> row = new LinkedHashMap<>();
		Map<String, Object> fromParents = new HashMap<>();
		for (ForeignKeySchema key : definition.foreignKeys()) {
			boolean required = key.columns().stream().anyMatch((column) -> definition.columns().get(column).notNull());
			if (required || this.fill == Fill.ALL) {
				// A nullable key to the table itself (a coach's forked_from) gets a parent whose own
				// such key stays NULL: filling it too would never end.
				boolean toItself = key.references().equals(table) && !required;
				Map<String, Object> parent = toItself
						? new RowFactory(this.schema, this.connection, Fill.REQUIRED).insertValid(table)
						: insertValid(key.references());
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
			else if (isForeignKeyColumn(definition, name)
					|| (this.fill == Fill.REQUIRED && !column.getValue().notNull())) {
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
	public Map<String, Object> insertValid(String table) throws SQLException {
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
	public void insert(String table, Map<String, Object> row) throws SQLException {
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
		long next = COUNTER.getAndIncrement();
		for (CheckConstraint check : table.checks()) {
			if (check instanceof CheckConstraint.AllowedValues allowed && allowed.column().equals(column)) {
				int index = (this.fill == Fill.ALL) ? (int) (next % allowed.values().size()) : 0;
				return allowed.values().get(index);
			}
		}
		// A fresh positive number passes every check of the "column > 0" / ">= 0" kind.
		if (this.fill == Fill.REQUIRED) {
			return switch (type) {
				case "INTEGER" -> next;
				case "REAL" -> next + 0.5;
				default -> "v" + next;
			};
		}
		return switch (type) {
			case "INTEGER" -> (next % 2 == 0) ? LARGE + next : next;
			case "REAL" -> next + 0.1;
			default -> "v" + next + " it's \u00fc";
		};
	}

}
