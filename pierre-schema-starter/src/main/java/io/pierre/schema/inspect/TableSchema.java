package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One table of a normalized schema. Collections whose order means nothing (unique constraints,
 * foreign keys, checks, indexes, triggers) are kept sorted, so that two equal tables are equal records and
 * print the same.
 *
 * @param columns the columns by name
 * @param primaryKey the primary-key columns in key order, empty when there is none
 * @param unique the UNIQUE constraints, each its columns in order
 * @param foreignKeys the foreign keys
 * @param checks the CHECK constraints
 * @param indexes the named indexes by name
 * @param triggers the triggers by name
 */
public record TableSchema(Map<String, ColumnSchema> columns, List<String> primaryKey, List<List<String>> unique,
		List<ForeignKeySchema> foreignKeys, List<CheckConstraint> checks, Map<String, IndexSchema> indexes,
		Map<String, TriggerSchema> triggers) {

	public TableSchema {
		columns = Collections.unmodifiableMap(new TreeMap<>(columns));
		primaryKey = List.copyOf(primaryKey);
		unique = sorted(unique.stream().map(List::copyOf).toList(), Comparator.comparing(Object::toString));
		foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKeySchema::describe));
		checks = sorted(checks, Comparator.comparing(CheckConstraint::describe));
		indexes = Collections.unmodifiableMap(new TreeMap<>(indexes));
		triggers = Collections.unmodifiableMap(new TreeMap<>(triggers));
	}

	/**
	 * The same table with other foreign keys.
	 * @param keys the foreign keys
	 * @return the table
	 */
	public TableSchema withForeignKeys(List<ForeignKeySchema> keys) {
		return new TableSchema(this.columns, this.primaryKey, this.unique, keys, this.checks, this.indexes, this.triggers);
	}

	private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
		List<T> copy = new ArrayList<>(items);
		copy.sort(order);
		return List.copyOf(copy);
	}

}
