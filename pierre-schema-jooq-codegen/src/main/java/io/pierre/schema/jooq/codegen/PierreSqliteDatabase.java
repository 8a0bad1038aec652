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
 * jOOQ's SQLite metadata, with the keys read as SQLite reports them (its {@code pragma} functions)
 * rather than from each table's DDL. jOOQ's own reading parses that DDL, and its parser refuses
 * SQLite functions such as the {@code datetime('now')} defaults, losing the keys of such a table;
 * and it names an unnamed foreign key after its table and the key it references, so two references
 * from one table to the same table ({@code impersonator_id} and {@code target_user_id}, both to
 * {@code users}) come out as one key of two columns. Here each is a key of its own.
 */
public class PierreSqliteDatabase extends SQLiteDatabase {

	@Override
	protected void loadPrimaryKeys(DefaultRelations relations) throws SQLException {
		for (TableDefinition table : getTables()) {
			for (String column : create()
				.fetch("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table.getName())
				.getValues("name", String.class)) {
				relations.addPrimaryKey("pk_" + table.getName(), table, table.getColumn(column));
			}
		}
	}

	@Override
	protected void loadUniqueKeys(DefaultRelations relations) throws SQLException {
		for (TableDefinition table : getTables()) {
			for (String index : create()
				.fetch("SELECT name FROM pragma_index_list(?) WHERE origin = 'u' ORDER BY name", table.getName())
				.getValues("name", String.class)) {
				List<String> columns = create().fetch("SELECT name FROM pragma_index_info(?) ORDER BY seqno", index)
					.getValues("name", String.class);
				String name = "uk_" + table.getName() + "_" + String.join("_", columns);
				for (String column : columns) {
					relations.addUniqueKey(name, table, table.getColumn(column));
				}
			}
		}
	}

	/**
	 * None: the database enforces its checks, the classes need them not, and reading them means
	 * parsing the DDL.
	 */
	@Override
	protected void loadCheckConstraints(DefaultRelations relations) {
	}

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
