package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import io.pierre.schema.jdbc.DatabaseKind;
import org.opentest4j.TestAbortedException;

/**
 * PostgreSQL test databases, each created for one test or test class and dropped afterwards, on
 * the server that {@code PIERRE_TEST_POSTGRES_URL} (with {@code PIERRE_TEST_POSTGRES_USER} and
 * {@code PIERRE_TEST_POSTGRES_PASSWORD}) names, else on a Testcontainers PostgreSQL where
 * Testcontainers is on the class path and a Docker engine runs. With neither, the test is
 * skipped with the reason, except under {@code CI=true}, where that is a failure.
 */
public final class TestPostgres {

	/** A JDBC URL of a database on a server whose user may create and drop databases. */
	public static final String URL_VARIABLE = "PIERRE_TEST_POSTGRES_URL";

	/** The user for {@link #URL_VARIABLE}, {@code postgres} if unset. */
	public static final String USER_VARIABLE = "PIERRE_TEST_POSTGRES_USER";

	/** The password for {@link #URL_VARIABLE}, none if unset. */
	public static final String PASSWORD_VARIABLE = "PIERRE_TEST_POSTGRES_PASSWORD";

	/** How the reason for a skip begins, where no server is at hand. */
	static final String NO_SERVER = "A PostgreSQL test database needs a server";

	private static final String TESTCONTAINERS = "org.testcontainers.postgresql.PostgreSQLContainer";

	/** JVM-wide on purpose: the migrated database that every test's copy comes from. */
	private static String template;

	private TestPostgres() {
	}

	/**
	 * Whether a server is at hand, without starting a container.
	 * @return whether {@link #URL_VARIABLE} is set or Testcontainers could be tried
	 */
	public static boolean isConfigured() {
		return fromEnvironment().isPresent() || isTestcontainersPresent();
	}

	/**
	 * Finds the server, starting a container if that is the way.
	 * @throws TestAbortedException if there is none, or {@link IllegalStateException} under
	 * {@code CI=true}
	 */
	static void requireServer() {
		server();
	}

	/**
	 * A new database at the newest schema: a copy of a template database that was migrated once
	 * per JVM, since migrating takes seconds and copying a fraction of one.
	 */
	static MigratedDatabase createMigrated() {
		Server server = server();
		String template = template(server);
		String name = newName("pierre_test_");
		// PostgreSQL refuses two copies of one template at once.
		synchronized (TestPostgres.class) {
			server.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
		}
		return database(server, name);
	}

	private static synchronized String template(Server server) {
		if (template == null) {
			String name = newName("pierre_template_");
			server.execute("CREATE DATABASE " + name);
			MigratedDatabase database = database(server, name);
			Runtime.getRuntime().addShutdownHook(new Thread(database::close));
			SchemaMigration.toNewest(database.dataSource());
			template = name;
		}
		return template;
	}

	private static MigratedDatabase database(Server server, String name) {
		return new MigratedDatabase(DatabaseKind.POSTGRESQL, server.urlFor(name), server.username(), server.password(),
				() -> server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
	}

	private static String newName(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	private static Server server() {
		Optional<Server> configured = fromEnvironment();
		if (configured.isPresent()) {
			return configured.get();
		}
		if (isTestcontainersPresent()) {
			Optional<Server> container = ContainerPostgres.server();
			if (container.isPresent()) {
				return container.get();
			}
		}
		String reason = NO_SERVER + ": set " + URL_VARIABLE
				+ " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres, with " + USER_VARIABLE + " and "
				+ PASSWORD_VARIABLE + ") or put Testcontainers on the test class path and run a Docker engine";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason + " (CI=true: PostgreSQL tests may not be skipped)");
		}
		throw new TestAbortedException(reason);
	}

	private static Optional<Server> fromEnvironment() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Server(url.trim(), System.getenv().getOrDefault(USER_VARIABLE, "postgres"),
				System.getenv().getOrDefault(PASSWORD_VARIABLE, "")));
	}

	private static boolean isTestcontainersPresent() {
		try {
			Class.forName(TESTCONTAINERS, false, TestPostgres.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * A server's admin connection settings.
	 *
	 * @param url a JDBC URL of a database on it
	 * @param username the user, who may create databases
	 * @param password the password
	 */
	record Server(String url, String username, String password) {

		void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL server "
						+ this.url + ": " + ex.getMessage(), ex);
			}
		}

		String urlFor(String database) {
			int query = this.url.indexOf('?');
			String base = (query < 0) ? this.url : this.url.substring(0, query);
			String parameters = (query < 0) ? "" : this.url.substring(query);
			return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
		}

	}

}
