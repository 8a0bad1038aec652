package io.pierre.schema.autoconfigure;

import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * The Pierre schema's connection details from a Testcontainers database container (PostgreSQL)
 * marked {@code @ServiceConnection}, as Spring Boot makes them for its Flyway.
 */
class PierreSchemaContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, PierreSchemaConnectionDetails> {

	@Override
	protected PierreSchemaConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
		return new ContainerDetails(source);
	}

	/**
	 * Reads the container once it runs, not before.
	 */
	static final class ContainerDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
			implements PierreSchemaConnectionDetails {

		ContainerDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
			super(source);
		}

		@Override
		public String getJdbcUrl() {
			return getContainer().getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return getContainer().getUsername();
		}

		@Override
		public String getPassword() {
			return getContainer().getPassword();
		}

	}

}
