package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the tables of a live schema with the expected ones: tables, columns (storage class,
 * not-null, default), primary keys, UNIQUE constraints, foreign keys, CHECK constraints, named
 * indexes and triggers (name, table, event). Column order and the order of constraints mean nothing here, as in the contract.
 * Reference rows are compared by {@link ReferenceRowComparator}.
 */
public final class SchemaComparator {

	private SchemaComparator() {
	}

	/**
	 * Every difference between two schemas' tables.
	 * @param expected the contract's schema
	 * @param found the live schema
	 * @return the differences, empty when the tables are equal
	 */
	public static List<SchemaDifference> compare(NormalizedSchema expected, NormalizedSchema found) {
		List<SchemaDifference> differences = new ArrayList<>();
		for (String table : union(expected.tables().keySet(), found.tables().keySet())) {
			TableSchema want = expected.table(table);
			TableSchema have = found.table(table);
			if (want == null || have == null) {
				differences.add(new SchemaDifference(table, "table", (want != null) ? "a table" : SchemaDifference.NONE,
						(have != null) ? "a table" : SchemaDifference.NONE));
				continue;
			}
			compareTable(table, want, have, differences);
		}
		return List.copyOf(differences);
	}

	private static void compareTable(String table, TableSchema want, TableSchema have,
			List<SchemaDifference> differences) {
		compareKeyed(table, "column ", want.columns(), have.columns(), ColumnSchema::describe, differences);
		if (!want.primaryKey().equals(have.primaryKey())) {
			differences.add(new SchemaDifference(table, "primary key", columns(want.primaryKey()),
					columns(have.primaryKey())));
		}
		compareKeyed(table, "unique ", byKey(want.unique(), SchemaComparator::columns),
				byKey(have.unique(), SchemaComparator::columns), (constraint) -> "UNIQUE " + columns(constraint),
				differences);
		// Keyed by the referencing columns, so that a changed target or rule reads as one difference.
		compareKeyed(table, "foreign key ", byKey(want.foreignKeys(), (key) -> columns(key.columns())),
				byKey(have.foreignKeys(), (key) -> columns(key.columns())), ForeignKeySchema::describe, differences);
		compareKeyed(table, "check ", byKey(want.checks(), SchemaComparator::checkKey),
				byKey(have.checks(), SchemaComparator::checkKey), CheckConstraint::describe, differences);
		compareKeyed(table, "index ", want.indexes(), have.indexes(), IndexSchema::describe, differences);
		compareKeyed(table, "trigger ", want.triggers(), have.triggers(), TriggerSchema::describe, differences);
	}

	/**
	 * A value-restricting check is keyed by its column, so that a changed value list reads as one
	 * difference; an expression check is its own key.
	 */
	private static String checkKey(CheckConstraint check) {
		return (check instanceof CheckConstraint.AllowedValues allowed) ? "on " + allowed.column()
				: "(" + check.describe() + ")";
	}

	private static <T> void compareKeyed(String table, String prefix, Map<String, T> want, Map<String, T> have,
			Function<T, String> describe, List<SchemaDifference> differences) {
		for (String key : union(want.keySet(), have.keySet())) {
			T expected = want.get(key);
			T found = have.get(key);
			if (!Objects.equals(expected, found)) {
				differences.add(new SchemaDifference(table, prefix + key,
						(expected != null) ? describe.apply(expected) : SchemaDifference.NONE,
						(found != null) ? describe.apply(found) : SchemaDifference.NONE));
			}
		}
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
		// Two items with one key (two checks on one column, say) keep both, numbered.
		Map<String, T> keyed = new LinkedHashMap<>();
		for (T item : items) {
			String name = key.apply(item);
			int copy = 1;
			while (keyed.containsKey(name)) {
				name = key.apply(item) + " #" + (++copy);
			}
			keyed.put(name, item);
		}
		return keyed;
	}

	private static String columns(List<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

	private static TreeSet<String> union(Iterable<String> first, Iterable<String> second) {
		TreeSet<String> all = new TreeSet<>();
		first.forEach(all::add);
		second.forEach(all::add);
		return all;
	}

}
