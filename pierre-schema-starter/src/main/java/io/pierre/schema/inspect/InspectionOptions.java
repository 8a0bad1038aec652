package io.pierre.schema.inspect;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@link SchemaInspector} reads.
 *
 * @param historyTable the migration history table, which is never part of the schema
 * @param schema the PostgreSQL schema to read, or {@code null} for the connection's current schema
 * (SQLite always reads {@code main})
 * @param onlyTables when not {@code null}, the only tables to read: a database may hold the
 * application's own tables beside Pierre's; {@code null} reads every table
 * @param rowTables the tables whose rows to read as reference rows (none unless asked: reading rows
 * is only meaningful for the tables that the migrations seed)
 */
public record InspectionOptions(String historyTable, String schema, Set<String> onlyTables, Set<String> rowTables) {

	public InspectionOptions {
		Objects.requireNonNull(historyTable, "historyTable");
		onlyTables = (onlyTables != null) ? lowerCase(onlyTables) : null;
		rowTables = lowerCase((rowTables != null) ? rowTables : Set.of());
	}

	/**
	 * Every table of the connection's schema but the history table, no rows.
	 * @param historyTable the history table's name
	 * @return the options
	 */
	public static InspectionOptions of(String historyTable) {
		return new InspectionOptions(historyTable, null, null, Set.of());
	}

	/**
	 * The same options with another history table.
	 * @param historyTable the history table's name
	 * @return the new options
	 */
	public InspectionOptions withHistoryTable(String historyTable) {
		return new InspectionOptions(historyTable, this.schema, this.onlyTables, this.rowTables);
	}

	/**
	 * The same options for another PostgreSQL schema.
	 * @param schema the schema's name, or {@code null} for the connection's current one
	 * @return the new options
	 */
	public InspectionOptions withSchema(String schema) {
		return new InspectionOptions(this.historyTable, schema, this.onlyTables, this.rowTables);
	}

	/**
	 * The same options, reading only the named tables.
	 * @param tables the tables to read, such as an expected schema's table names
	 * @return the new options
	 */
	public InspectionOptions withOnlyTables(Collection<String> tables) {
		return new InspectionOptions(this.historyTable, this.schema, Set.copyOf(tables), this.rowTables);
	}

	/**
	 * The same options, also reading the rows of the named tables.
	 * @param tables the tables whose rows to read, such as an expected schema's row tables
	 * @return the new options
	 */
	public InspectionOptions withRowTables(Collection<String> tables) {
		return new InspectionOptions(this.historyTable, this.schema, this.onlyTables, Set.copyOf(tables));
	}

	/**
	 * Whether a table is part of what is read.
	 * @param table a table name
	 * @return {@code false} for the history table and, when restricted, for tables not named
	 */
	public boolean includes(String table) {
		String name = table.toLowerCase(Locale.ROOT);
		if (name.equals(this.historyTable.toLowerCase(Locale.ROOT))) {
			return false;
		}
		return this.onlyTables == null || this.onlyTables.contains(name);
	}

	private static Set<String> lowerCase(Collection<String> names) {
		Set<String> result = new TreeSet<>();
		names.forEach((name) -> result.add(name.toLowerCase(Locale.ROOT)));
		return Set.copyOf(result);
	}

}
