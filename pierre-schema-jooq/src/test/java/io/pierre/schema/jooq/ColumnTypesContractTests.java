package io.pierre.schema.jooq;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.ReferenceRow;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that type the generated columns (the build's forced types), held against the newest
 * contract: a Boolean column is an INTEGER whose default and reference rows hold only 0 and 1; an
 * Instant column is TEXT with no default but the current time; and every TEXT column whose contract
 * default is the current time is an Instant.
 */
class ColumnTypesContractTests {

	private static final Set<String> FLAG_VALUES = Set.of("0", "1");

	private final NormalizedSchema contract = ContractSchema.newest();

	@Test
	void everyBooleanColumnIsAZeroOrOneIntegerInTheContract() {
		List<Field<?>> flags = fieldsOfType(Boolean.class);
		assertThat(flags).isNotEmpty();
		for (Field<?> flag : flags) {
			String table = tableOf(flag);
			ColumnSchema column = this.contract.table(table).columns().get(flag.getName());
			assertThat(column.type()).as(flag.toString()).isEqualTo("INTEGER");
			if (column.defaultValue() != null) {
				assertThat(column.defaultValue()).as(flag + " default").isIn(FLAG_VALUES);
			}
			for (ReferenceRow row : this.contract.rows().getOrDefault(table, List.of())) {
				assertThat(String.valueOf(row.get(flag.getName()))).as(flag + " in a reference row").isIn(FLAG_VALUES);
			}
		}
	}

	@Test
	void everyInstantColumnIsTextWithNoDefaultButTheCurrentTime() {
		List<Field<?>> timestamps = fieldsOfType(Instant.class);
		assertThat(timestamps).isNotEmpty();
		for (Field<?> timestamp : timestamps) {
			ColumnSchema column = this.contract.table(tableOf(timestamp)).columns().get(timestamp.getName());
			assertThat(column.type()).as(timestamp.toString()).isEqualTo("TEXT");
			if (column.defaultValue() != null) {
				assertThat(column.defaultValue()).as(timestamp + " default").isEqualTo("datetime('now')");
			}
		}
	}

	@Test
	void everyColumnThatDefaultsToTheCurrentTimeIsAnInstant() {
		this.contract.tables().forEach((tableName, table) -> table.columns().forEach((name, column) -> {
			if ("datetime('now')".equals(column.defaultValue())) {
				assertThat(generatedField(tableName, name).getType()).as(tableName + "." + name).isEqualTo(Instant.class);
			}
		}));
	}

	private static List<Field<?>> fieldsOfType(Class<?> type) {
		return DefaultSchema.DEFAULT_SCHEMA.getTables()
			.stream()
			.flatMap((table) -> table.fieldStream())
			.filter((field) -> field.getType() == type)
			.toList();
	}

	private static String tableOf(Field<?> field) {
		return field.getQualifiedName().first();
	}

	private static Field<?> generatedField(String table, String column) {
		Table<?> generated = DefaultSchema.DEFAULT_SCHEMA.getTable(table);
		assertThat(generated).as(table).isNotNull();
		return generated.field(column);
	}

}
