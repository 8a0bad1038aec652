package io.pierre.schema.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Makes the JDBC connection details of a Docker Compose service the Pierre schema's too, as
 * Spring Boot does for its Flyway.
 */
class JdbcAdaptingPierreSchemaConnectionDetailsFactory
		implements ConnectionDetailsFactory<JdbcConnectionDetails, PierreSchemaConnectionDetails> {

	@Override
	public PierreSchemaConnectionDetails getConnectionDetails(JdbcConnectionDetails input) {
		return new PierreSchemaConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return input.getJdbcUrl();
			}

			@Override
			public String getUsername() {
				return input.getUsername();
			}

			@Override
			public String getPassword() {
				return input.getPassword();
			}

		};
	}

}
