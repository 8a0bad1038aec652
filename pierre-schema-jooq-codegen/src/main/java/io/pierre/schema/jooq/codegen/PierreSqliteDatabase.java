package io.pierre.schema.jooq.codegen;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Record;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.DefaultRelations;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;
import org.jooq.meta.sqlite.SQLiteDatabase;

/**
 * jOOQ's SQLite metadata, with each foreign key as SQLite reports it. jOOQ's own reading names an
 * unnamed foreign key after its table and the key it references, so two references from one table
 * to the same table ({@code impersonator_id} and {@code target_user_id}, both to {@code users})
 * come out as one key of two columns. Here each is a key of its own, told apart by SQLite's id.
 */
public class PierreSqliteDatabase extends SQLiteDatabase {

	@Override
	protected void loadForeignKeys(DefaultRelations relations) throws SQLException {
		for (TableDefinition table : getTables()) {
			Map<Integer, List<Record>> references = new LinkedHashMap<>();
			for (Record row : create().fetch("SELECT id, seq, \"table\", \"from\", \"to\" "
					+ "FROM pragma_foreign_key_list(?) ORDER BY id, seq", table.getName())) {
				references.computeIfAbsent(row.get("id", Integer.class), (id) -> new ArrayList<>()).add(row);
			}
			for (List<Record> reference : references.values()) {
				addForeignKey(relations, table, reference);
			}
		}
	}

	private void addForeignKey(DefaultRelations relations, TableDefinition table, List<Record> columns) {
		TableDefinition referenced = getTable(table.getSchema(), columns.get(0).get("table", String.class));
		UniqueKeyDefinition key = referencedKey(relations, referenced, columns);
		List<String> from = columns.stream().map((row) -> row.get("from", String.class)).toList();
		String name = "fk_" + table.getName() + "_" + String.join("_", from);
		for (int i = 0; i < columns.size(); i++) {
			relations.addForeignKey(name, table, table.getColumn(from.get(i)), key.getName(), referenced,
					key.getKeyColumns().get(i), true);
		}
	}

	// The primary key where the reference names no columns, else the key of exactly those columns.
	private static UniqueKeyDefinition referencedKey(DefaultRelations relations, TableDefinition referenced,
			List<Record> columns) {
		List<String> to = columns.stream().map((row) -> row.get("to", String.class)).toList();
		for (UniqueKeyDefinition key : relations.getKeys(referenced)) {
			List<String> keyColumns = key.getKeyColumns().stream().map(ColumnDefinition::getName).toList();
			if (to.contains(null) ? key.isPrimaryKey() : keyColumns.equals(to)) {
				return key;
			}
		}
		throw new IllegalStateException("No key of " + referenced.getName() + " on " + to);
	}

}
