package io.pierre.schema.jooq;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.MigratedDatabase;
import io.pierre.schema.test.PierreDatabase;
import io.pierre.schema.test.PierreDatabaseExtension;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every generated table, on SQLite and PostgreSQL migrated by the starter: an insert of a row
 * with every column set, a select by primary key that reads each value back, an update that sets
 * the nullable columns to NULL, the others to second values and the timestamps to SQLite's own
 * text form, a select that reads those back, and a delete by primary key.
 */
@ExtendWith(PierreDatabaseExtension.class)
class EveryTableRoundTripTests {

	@TestFactory
	Stream<DynamicTest> everyTableOnSqlite(MigratedDatabase database) {
		return roundTrips(database);
	}

	@TestFactory
	Stream<DynamicTest> everyTableOnPostgres(@PierreDatabase(DatabaseKind.POSTGRESQL) MigratedDatabase database) {
		return roundTrips(database);
	}

	private Stream<DynamicTest> roundTrips(MigratedDatabase database) {
		DSLContext dsl = DSL.using(database.dataSource(), Dialects.of(database.kind()));
		TableRows rows = new TableRows(dsl, ContractSchema.newest());
		assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).isNotEmpty();
		return DefaultSchema.DEFAULT_SCHEMA.getTables()
			.stream()
			.map((table) -> DynamicTest.dynamicTest(table.getName(), () -> roundTrip(dsl, database.kind(), rows, table)));
	}

	private void roundTrip(DSLContext dsl, DatabaseKind kind, TableRows rows, Table<?> table) {
		Map<Field<?>, Object> inserted = rows.insert(table);
		Record read = dsl.selectFrom(table).where(rows.byPrimaryKey(table, inserted)).fetchOne();
		assertThat(read).as("the row just inserted").isNotNull();
		for (Field<?> field : table.fields()) {
			assertThat(read.get(field)).as(field.getName()).isEqualTo(inserted.get(field));
		}
		assertWrittenAsRfc3339(dsl, table, rows, inserted);

		Map<Field<?>, Object> update = rows.updateValues(table);
		if (!update.isEmpty()) {
			assertThat(dsl.update(table).set(asStored(update)).where(rows.byPrimaryKey(table, inserted)).execute())
				.isEqualTo(1);
			boolean triggerWritesTimestamps = UpdateTriggers.exist(dsl, kind, table.getName());
			Record updated = dsl.selectFrom(table).where(rows.byPrimaryKey(table, inserted)).fetchOne();
			for (Map.Entry<Field<?>, Object> entry : update.entrySet()) {
				Field<?> field = entry.getKey();
				if (entry.getValue() instanceof String text && field.getType() == Instant.class) {
					// The contract's UPDATE triggers set the row's timestamps themselves.
					if (!triggerWritesTimestamps) {
						assertThat(updated.get(field)).as(field.getName() + " read from " + text)
							.isEqualTo(TableRows.REWRITTEN);
					}
				}
				else {
					assertThat(updated.get(field)).as(field.getName()).isEqualTo(entry.getValue());
				}
			}
		}

		assertThat(dsl.deleteFrom(table).where(rows.byPrimaryKey(table, inserted)).execute()).isEqualTo(1);
		assertThat(dsl.fetchExists(table, rows.byPrimaryKey(table, inserted))).isFalse();
	}

	private static void assertWrittenAsRfc3339(DSLContext dsl, Table<?> table, TableRows rows,
			Map<Field<?>, Object> inserted) {
		for (Field<?> field : table.fields()) {
			if (field.getType() == Instant.class) {
				String stored = dsl.select(text(field)).from(table).where(rows.byPrimaryKey(table, inserted)).fetchOne(0,
						String.class);
				assertThat(stored).as(field.getName() + " as stored").isEqualTo("2025-01-20T10:00:00Z");
			}
		}
	}

	// Timestamps given as text go to the column as that text, past the converter.
	private static Map<Field<?>, Object> asStored(Map<Field<?>, Object> values) {
		Map<Field<?>, Object> stored = new LinkedHashMap<>();
		values.forEach((field, value) -> stored.put((value instanceof String && field.getType() == Instant.class)
				? text(field) : field, value));
		return stored;
	}

	private static Field<String> text(Field<?> field) {
		return DSL.field(DSL.name(field.getName()), SQLDataType.CLOB);
	}

}
