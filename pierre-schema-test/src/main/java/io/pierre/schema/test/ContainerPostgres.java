package io.pierre.schema.test;

import java.util.Optional;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL container for the whole test run, started on first need. Loaded only where
 * Testcontainers is on the class path. Untested here: the machines this module is built on run no
 * Docker engine.
 */
final class ContainerPostgres {

	/** The image, as the project's own tests use. */
	private static final String IMAGE = "postgres:15-alpine";

	/**
	 * JVM-wide on purpose: Spring contexts and JUnit classes of one run share the container, as
	 * Testcontainers' own singleton-container pattern does; Testcontainers removes it at exit.
	 */
	private static TestPostgres.Server server;

	private ContainerPostgres() {
	}

	static synchronized Optional<TestPostgres.Server> server() {
		if (server == null) {
			if (!isDockerAvailable()) {
				return Optional.empty();
			}
			PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
			container.start();
			server = new TestPostgres.Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		return Optional.of(server);
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
