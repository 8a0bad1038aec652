package io.pierre.schema.jdbc;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The databases that the Pierre schema supports, with what differs between them.
 */
public enum DatabaseKind {

	/** SQLite, the embedded default. */
	SQLITE("SQLite", "sqlite", "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"),

	/** PostgreSQL. */
	POSTGRESQL("PostgreSQL", "postgresql",
			"to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");

	private final String productName;

	private final String id;

	private final String utcNowExpression;

	DatabaseKind(String productName, String id, String utcNowExpression) {
		this.productName = productName;
		this.id = id;
		this.utcNowExpression = utcNowExpression;
	}

	/**
	 * The product name as JDBC metadata reports it.
	 * @return the product name
	 */
	public String productName() {
		return this.productName;
	}

	/**
	 * The short name that names this database's migration folder.
	 * @return the id, such as {@code sqlite}
	 */
	public String id() {
		return this.id;
	}

	/**
	 * An SQL expression for the current time as an ISO-8601 UTC string, as the schema stores
	 * timestamps.
	 * @return the SQL expression
	 */
	public String utcNowExpression() {
		return this.utcNowExpression;
	}

	/**
	 * The kind for a JDBC product name.
	 * @param productName the name from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
	 * @return the kind
	 * @throws UnsupportedDatabaseException for any other database
	 */
	public static DatabaseKind fromProductName(String productName) {
		// A loop, not a stream: every start calls this, and each lambda is a class to make.
		for (DatabaseKind kind : values()) {
			if (kind.productName.equalsIgnoreCase(productName)) {
				return kind;
			}
		}
		throw UnsupportedDatabaseException.forProduct(productName);
	}

	/**
	 * The supported products, for messages.
	 * @return e.g. "SQLite and PostgreSQL"
	 */
	public static String supportedProducts() {
		return Arrays.stream(values()).map(DatabaseKind::productName).collect(Collectors.joining(" and "));
	}

}
