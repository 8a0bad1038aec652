package io.pierre.schema.jooq;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pierre.schema.inspect.CheckConstraint;
import io.pierre.schema.inspect.NormalizedSchema;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Rows for any generated table, made from its metadata alone: values at the edges of each column's
 * type (64-bit integers, 8-byte floats, Unicode text, both booleans, timestamps), within what the
 * contract's checks allow, and a row in each referenced table first.
 */
final class TableRows {

	static final Instant WRITTEN = Instant.parse("2025-01-20T10:00:00Z");

	static final Instant REWRITTEN = Instant.parse("2025-01-21T11:30:00Z");

	/** The same instant as {@link #REWRITTEN} in the form that SQLite's {@code datetime('now')} writes. */
	static final String REWRITTEN_AS_SQLITE_TEXT = "2025-01-21 11:30:00";

	private final DSLContext dsl;

	private final NormalizedSchema contract;

	private int serial;

	TableRows(DSLContext dsl, NormalizedSchema contract) {
		this.dsl = dsl;
		this.contract = contract;
	}

	/**
	 * Inserts a row with every column set, after a row in each table that it references.
	 * @param table the table
	 * @return the values inserted
	 */
	Map<Field<?>, Object> insert(Table<?> table) {
		int n = ++this.serial;
		Map<Field<?>, Object> values = new LinkedHashMap<>();
		for (Field<?> field : table.fields()) {
			values.put(field, firstValue(table, field, n));
		}
		for (ForeignKey<?, ?> reference : table.getReferences()) {
			if (reference.getKey().getTable().equals(table)) {
				// A reference to its own table: nullable in this schema, left empty.
				reference.getFields().forEach((field) -> values.put(field, null));
				continue;
			}
			Map<Field<?>, Object> parent = insert(reference.getKey().getTable());
			List<? extends Field<?>> keyFields = reference.getKeyFields();
			for (int i = 0; i < keyFields.size(); i++) {
				values.put(reference.getFields().get(i), parent.get(keyFields.get(i)));
			}
		}
		this.dsl.insertInto(table).set(values).execute();
		return values;
	}

	/**
	 * Values for an update of the row: every nullable column that is not in the primary key to
	 * NULL, every other column that is neither key nor reference to a second value, timestamps as
	 * SQLite's own text form.
	 */
	Map<Field<?>, Object> updateValues(Table<?> table) {
		int n = ++this.serial;
		Map<Field<?>, Object> values = new LinkedHashMap<>();
		List<Field<?>> primaryKey = List.copyOf(table.getPrimaryKey().getFields());
		List<Field<?>> references = table.getReferences().stream()
			.flatMap((reference) -> reference.getFields().stream())
			.<Field<?>>map((field) -> field)
			.toList();
		for (Field<?> field : table.fields()) {
			if (primaryKey.contains(field)) {
				continue;
			}
			if (field.getDataType().nullable()) {
				values.put(field, null);
			}
			else if (!references.contains(field)) {
				values.put(field, secondValue(table, field, n));
			}
		}
		return values;
	}

	Condition byPrimaryKey(Table<?> table, Map<Field<?>, Object> values) {
		return DSL.and(table.getPrimaryKey().getFields().stream().map((field) -> equal(field, values.get(field))).toList());
	}

	@SuppressWarnings("unchecked")
	private static <T> Condition equal(Field<T> field, Object value) {
		return field.eq((T) value);
	}

	private Object firstValue(Table<?> table, Field<?> field, int n) {
		Class<?> type = field.getType();
		Optional<List<String>> allowed = allowedValues(table, field);
		if (allowed.isPresent()) {
			return typed(type, allowed.get().get(0));
		}
		if (type == Long.class) {
			return Long.MAX_VALUE - n;
		}
		if (type == Double.class) {
			return Double.MAX_VALUE;
		}
		if (type == Boolean.class) {
			return true;
		}
		if (type == Instant.class) {
			return WRITTEN;
		}
		return "Ünïcødé ✓ 🚴 ‘" + field.getName() + "’ #" + n;
	}

	private Object secondValue(Table<?> table, Field<?> field, int n) {
		Class<?> type = field.getType();
		Optional<List<String>> allowed = allowedValues(table, field);
		if (allowed.isPresent()) {
			return typed(type, allowed.get().get(allowed.get().size() - 1));
		}
		if (type == Long.class) {
			return 1L;
		}
		if (type == Double.class) {
			return 0.1;
		}
		if (type == Boolean.class) {
			return false;
		}
		if (type == Instant.class) {
			return REWRITTEN_AS_SQLITE_TEXT;
		}
		return "second 値 " + n;
	}

	private static Object typed(Class<?> type, String value) {
		return (type == Long.class) ? Long.valueOf(value) : value;
	}

	private Optional<List<String>> allowedValues(Table<?> table, Field<?> field) {
		return this.contract.table(table.getName())
			.checks()
			.stream()
			.filter(CheckConstraint.AllowedValues.class::isInstance)
			.map(CheckConstraint.AllowedValues.class::cast)
			.filter((check) -> check.column().equals(field.getName()))
			.map(CheckConstraint.AllowedValues::values)
			.findFirst();
	}

}
