package io.pierre.schema.jdbc;

import io.pierre.schema.PierreSchemaException;

/**
 * Thrown when the database is neither SQLite nor PostgreSQL.
 */
public class UnsupportedDatabaseException extends PierreSchemaException {

	private UnsupportedDatabaseException(String message) {
		super(message);
	}

	@Override
	public String getAction() {
		return "Point pierre.database.url, or the application's DataSource, at a SQLite or PostgreSQL database.";
	}

	/**
	 * For a database that the starter connected to.
	 * @param productName the product name that JDBC reports
	 * @return the exception
	 */
	public static UnsupportedDatabaseException forProduct(String productName) {
		return new UnsupportedDatabaseException("The Pierre schema supports " + DatabaseKind.supportedProducts()
				+ ", but the database is " + productName);
	}

	/**
	 * For a URL that names another database.
	 * @param property the property that holds the URL
	 * @param url the URL, redacted
	 * @return the exception
	 */
	public static UnsupportedDatabaseException forUrl(String property, String url) {
		return new UnsupportedDatabaseException("The Pierre schema supports " + DatabaseKind.supportedProducts()
				+ ", but " + property + " names another database: " + url);
	}

}
