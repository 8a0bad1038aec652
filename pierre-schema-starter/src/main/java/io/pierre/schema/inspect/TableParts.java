package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table's parts while a reader collects them kind by kind: the readers read each kind of object
 * (columns, keys, checks, indexes, triggers) for every table in one query, so a table is only whole at the end.
 */
final class TableParts {

	final Map<String, ColumnSchema> columns = new LinkedHashMap<>();

	final List<String> primaryKey = new ArrayList<>();

	final List<List<String>> unique = new ArrayList<>();

	final List<ForeignKeySchema> foreignKeys = new ArrayList<>();

	final List<CheckConstraint> checks = new ArrayList<>();

	final Map<String, IndexSchema> indexes = new TreeMap<>();

	final Map<String, TriggerSchema> triggers = new TreeMap<>();

	TableSchema toTable() {
		// Primary-key columns count as not null, as in the contract (SQLite itself lets a
		// non-INTEGER primary-key column hold NULL unless it is declared NOT NULL).
		Map<String, ColumnSchema> withKey = new LinkedHashMap<>();
		this.columns.forEach((name, column) -> withKey.put(name,
				this.primaryKey.contains(name) ? new ColumnSchema(column.type(), true, column.defaultValue()) : column));
		return new TableSchema(withKey, this.primaryKey, this.unique, this.foreignKeys, this.checks, this.indexes,
				this.triggers);
	}

}
