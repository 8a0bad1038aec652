package io.pierre.schema.sql;

import java.util.Set;

/**
 * How a compilation checks its statements on PostgreSQL: online on a server, or offline from
 * the metadata files.
 */
interface PostgresCheck extends AutoCloseable {

	/**
	 * Checks one statement, reporting a failure on its element.
	 * @param statement the statement
	 * @param reporter where failures go
	 */
	void check(SqlStatement statement, Reporter reporter);

	/**
	 * Ends the compilation's checks.
	 * @param used the hashes of every statement of the compilation
	 * @param reporter where failures go
	 */
	void finish(Set<String> used, Reporter reporter);

	@Override
	void close();

	static String failure(String error) {
		return "SQL does not prepare on PostgreSQL: " + error;
	}

}
