package io.pierre.schema.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.pierre.schema.inspect.ForeignKeySchema;
import io.pierre.schema.inspect.NormalizedSchema;

/**
 * Orders tables parents first, so that rows can be inserted with foreign keys enforced.
 */
final class TableOrder {

	private TableOrder() {
	}

	static List<String> parentsFirst(NormalizedSchema schema) {
		Set<String> ordered = new LinkedHashSet<>();
		for (String table : schema.tables().keySet()) {
			visit(schema, table, ordered, new LinkedHashSet<>());
		}
		return new ArrayList<>(ordered);
	}

	private static void visit(NormalizedSchema schema, String table, Set<String> ordered, Set<String> path) {
		if (ordered.contains(table)) {
			return;
		}
		if (!path.add(table)) {
			throw new IllegalStateException("The foreign keys of " + path + " form a cycle");
		}
		for (ForeignKeySchema foreignKey : schema.table(table).foreignKeys()) {
			if (!foreignKey.references().equals(table)) {
				visit(schema, foreignKey.references(), ordered, path);
			}
		}
		path.remove(table);
		ordered.add(table);
	}

}
