package io.pierre.schema.jooq;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.TableSchema;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.MigratedDatabase;
import io.pierre.schema.test.PierreDatabase;
import io.pierre.schema.test.PierreDatabaseExtension;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated classes held against the schema: the newest version's contract, and the live
 * metadata of a PostgreSQL database that the starter migrated (the classes come from SQLite).
 * Tables, columns, nullability, type families and keys must match.
 */
@ExtendWith(PierreDatabaseExtension.class)
class GeneratedSchemaTests {

	@Test
	void coverEveryTableAndColumnOfTheNewestContractWithItsNullabilityAndStorageClass() {
		NormalizedSchema contract = ContractSchema.newest();
		assertThat(describe(generated())).isEqualTo(contract.tables()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (table) -> table.getValue()
				.columns()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						(column) -> describe(column.getValue(), table.getValue().primaryKey().contains(column.getKey()))
								+ ", key " + table.getValue().primaryKey().contains(column.getKey()),
						(a, b) -> a, TreeMap::new)),
					(a, b) -> a, TreeMap::new)));
		assertThat(generated().keySet())
			.containsExactlyInAnyOrderElementsOf(MigrationCatalog.load(getClass().getClassLoader()).pierreTables());
	}

	@Test
	void carryTheUniqueAndForeignKeysOfTheNewestContract() {
		NormalizedSchema contract = ContractSchema.newest();
		for (Table<?> table : generated().values()) {
			TableSchema expected = contract.table(table.getName());
			assertThat(table.getKeys().stream().filter((key) -> !key.isPrimary()).map(GeneratedSchemaTests::keyColumns))
				.as(table.getName() + " unique keys")
				.containsExactlyInAnyOrderElementsOf(expected.unique());
			assertThat(table.getReferences().stream().map(GeneratedSchemaTests::describe))
				.as(table.getName() + " foreign keys")
				.containsExactlyInAnyOrderElementsOf(expected.foreignKeys()
					.stream()
					.map((key) -> key.columns() + " -> " + key.references() + key.referencedColumns())
					.toList());
		}
	}

	@Test
	void matchTheLiveMetadataOfAMigratedPostgresDatabase(
			@PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase database) {
		DSLContext dsl = DSL.using(database.dataSource(), Dialects.of(database.kind()));
		Map<String, Table<?>> live = dsl.meta()
			.getSchemas("public")
			.get(0)
			.getTables()
			.stream()
			.filter((table) -> !table.getName().equals("pierre_schema_history"))
			.collect(Collectors.toMap(Table::getName, Function.identity()));
		assertThat(describe(live)).isEqualTo(describe(generated()));
		for (Table<?> table : generated().values()) {
			assertThat(keyColumns(live.get(table.getName()).getPrimaryKey())).as(table.getName() + " primary key")
				.isEqualTo(keyColumns(table.getPrimaryKey()));
		}
	}

	private static Map<String, Table<?>> generated() {
		return DefaultSchema.DEFAULT_SCHEMA.getTables()
			.stream()
			.collect(Collectors.toMap(Table::getName, Function.identity()));
	}

	private static Map<String, Map<String, String>> describe(Map<String, Table<?>> tables) {
		Map<String, Map<String, String>> described = new TreeMap<>();
		tables.forEach((name, table) -> {
			List<String> key = keyColumns(table.getPrimaryKey());
			Map<String, String> columns = new TreeMap<>();
			for (Field<?> field : table.fields()) {
				columns.put(field.getName(), describe(field.getDataType(), key.contains(field.getName())) + ", key "
						+ key.contains(field.getName()));
			}
			described.put(name, columns);
		});
		return described;
	}

	private static String describe(DataType<?> type, boolean key) {
		return family(type.getSQLDataType().getType()) + ((type.nullable() && !key) ? " null" : " not null");
	}

	private static String describe(ColumnSchema column, boolean key) {
		return column.type() + ((column.notNull() || key) ? " not null" : " null");
	}

	// The storage classes of the contract: what a Java type holds, on either database.
	private static String family(Class<?> type) {
		if (type == Long.class || type == Integer.class || type == Short.class) {
			return "INTEGER";
		}
		if (type == Double.class || type == Float.class) {
			return "REAL";
		}
		if (type == String.class) {
			return "TEXT";
		}
		return type.getName();
	}

	private static String describe(ForeignKey<?, ?> key) {
		return key.getFields().stream().map(Field::getName).toList() + " -> " + key.getKey().getTable().getName()
				+ keyColumns(key.getKey());
	}

	private static List<String> keyColumns(UniqueKey<?> key) {
		return (key != null) ? key.getFields().stream().map(Field::getName).toList() : List.of();
	}

}
