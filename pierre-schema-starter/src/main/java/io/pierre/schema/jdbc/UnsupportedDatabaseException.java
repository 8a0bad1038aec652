package io.pierre.schema.jdbc;

/**
 * Thrown when the database is neither SQLite nor PostgreSQL.
 */
public class UnsupportedDatabaseException extends RuntimeException {

	public UnsupportedDatabaseException(String productName) {
		super("The Pierre schema supports " + DatabaseKind.supportedProducts() + ", but the database is "
				+ productName);
	}

}
