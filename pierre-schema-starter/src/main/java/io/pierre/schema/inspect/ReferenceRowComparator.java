package io.pierre.schema.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks that the reference rows of the expected schema are in the live one: each expected row,
 * found by its primary key, with the same values. Rows the live database has beyond them are not
 * differences: an application adds its own settings and categories.
 */
public final class ReferenceRowComparator {

	private ReferenceRowComparator() {
	}

	/**
	 * The expected reference rows that are missing or differ. Compare with a live schema read with
	 * {@link InspectionOptions#withRowTables} naming the expected schema's row tables.
	 * @param expected the contract's schema
	 * @param found the live schema, with its rows read
	 * @return the differences, empty when every expected row is there as expected
	 */
	public static List<SchemaDifference> compare(NormalizedSchema expected, NormalizedSchema found) {
		List<SchemaDifference> differences = new ArrayList<>();
		for (Map.Entry<String, List<ReferenceRow>> table : expected.rows().entrySet()) {
			TableSchema schema = expected.table(table.getKey());
			List<String> primaryKey = (schema != null) ? schema.primaryKey() : List.of();
			Map<String, ReferenceRow> present = new LinkedHashMap<>();
			for (ReferenceRow row : found.rows().getOrDefault(table.getKey(), List.of())) {
				present.put(ReferenceRowReader.key(row, primaryKey), row);
			}
			for (ReferenceRow row : table.getValue()) {
				ReferenceRow live = present.get(ReferenceRowReader.key(row, primaryKey));
				if (live == null || !sameValues(row, live)) {
					differences.add(new SchemaDifference(table.getKey(), "row " + describeKey(row, primaryKey),
							row.values().toString(), (live != null) ? live.values().toString() : SchemaDifference.NONE));
				}
			}
		}
		return List.copyOf(differences);
	}

	/** Compares the expected row's columns only; the live row may have more (its timestamps, say). */
	private static boolean sameValues(ReferenceRow expected, ReferenceRow found) {
		for (Map.Entry<String, Object> value : expected.values().entrySet()) {
			if (!found.values().containsKey(value.getKey())
					|| !Objects.equals(value.getValue(), found.get(value.getKey()))) {
				return false;
			}
		}
		return true;
	}

	private static String describeKey(ReferenceRow row, List<String> primaryKey) {
		if (primaryKey.isEmpty()) {
			return row.values().toString();
		}
		List<String> parts = new ArrayList<>();
		primaryKey.forEach((column) -> parts.add(column + "=" + row.get(column)));
		return String.join(", ", parts);
	}

}
