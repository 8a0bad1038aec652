package io.pierre.schema.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Pierre schema's own database is, when it is not the application's DataSource: from
 * {@code pierre.database.*}, or from a service connection ({@code @ServiceConnection} on a
 * Testcontainers PostgreSQL container, or Docker Compose).
 */
public interface PierreSchemaConnectionDetails extends ConnectionDetails {

	/**
	 * The database's URL: a JDBC URL, or one of the Pierre server's forms ({@code sqlite:...},
	 * {@code postgres://...}).
	 * @return the URL, or {@code null} when the schema goes to the application's DataSource
	 */
	String getJdbcUrl();

	/**
	 * The login user.
	 * @return the user, or {@code null}
	 */
	default String getUsername() {
		return null;
	}

	/**
	 * The login password.
	 * @return the password, or {@code null}
	 */
	default String getPassword() {
		return null;
	}

}
