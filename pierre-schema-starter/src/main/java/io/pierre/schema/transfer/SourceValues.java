package io.pierre.schema.transfer;

/**
 * Checks a value read from the source against its column's storage class: SQLite keeps any value
 * in any column, the target does not.
 */
final class SourceValues {

	private SourceValues() {
	}

	static long integer(String table, String column, Object value) {
		// Only whole numbers fit a bigint.
		if (!(value instanceof Integer || value instanceof Long)) {
			throw new TransferException(table + "." + column + " holds " + value
					+ ", which is not an integer; correct it in the source and transfer again");
		}
		return ((Number) value).longValue();
	}

	static double real(String table, String column, Object value) {
		if (!(value instanceof Number number)) {
			throw new TransferException(table + "." + column + " holds '" + value
					+ "', which is not a number; correct it in the source and transfer again");
		}
		return number.doubleValue();
	}

}
