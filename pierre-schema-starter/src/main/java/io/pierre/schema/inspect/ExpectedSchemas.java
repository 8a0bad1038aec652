package io.pierre.schema.inspect;

import java.util.Set;

/**
 * The schemas that the versions should produce, as a comparison with a live database needs them.
 */
public interface ExpectedSchemas {

	/**
	 * The schema that a version should have produced.
	 * @param version the version, such as {@code 20250120000021}
	 * @return the schema
	 * @throws IllegalArgumentException if there is no such version
	 */
	NormalizedSchema expectedSchema(String version);

	/**
	 * Every table that any version creates: no version drops a table that an earlier one created,
	 * so these are the newest version's tables.
	 * @return the table names
	 */
	Set<String> pierreTables();

}
