package io.pierre.schema.inspect;

import java.util.Locale;

/**
 * Reduces a column's declared or reported type to the storage class that the contract names.
 */
final class StorageClasses {

	static final String INTEGER = "INTEGER";

	static final String REAL = "REAL";

	static final String TEXT = "TEXT";

	private StorageClasses() {
	}

	/**
	 * SQLite's column affinity rules (section 3.1 of "Datatypes In SQLite"), in their order: the
	 * first rule that matches the declared type wins, so {@code BIGINT} is INTEGER and
	 * {@code DOUBLE PRECISION} is REAL.
	 * @param declaredType the type as declared in CREATE TABLE, possibly empty
	 * @return INTEGER, TEXT, BLOB, REAL or NUMERIC
	 */
	static String ofSqlite(String declaredType) {
		String type = (declaredType != null) ? declaredType.toUpperCase(Locale.ROOT) : "";
		if (type.contains("INT")) {
			return INTEGER;
		}
		if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
			return TEXT;
		}
		if (type.isBlank() || type.contains("BLOB")) {
			return "BLOB";
		}
		if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
			return REAL;
		}
		return "NUMERIC";
	}

	/**
	 * PostgreSQL types that hold what the contract's storage class holds on SQLite: only 64-bit
	 * integers and 8-byte floats qualify. Anything else ({@code int4}, {@code float4},
	 * {@code varchar}, ...) keeps its own name, so that it does not match.
	 * @param typeName the type name as JDBC reports it, such as {@code int8}
	 * @return INTEGER, REAL, TEXT or the type's own name
	 */
	static String ofPostgres(String typeName) {
		return switch (typeName.toLowerCase(Locale.ROOT)) {
			case "int8", "bigint" -> INTEGER;
			case "float8", "double precision" -> REAL;
			case "text" -> TEXT;
			default -> typeName;
		};
	}

}
