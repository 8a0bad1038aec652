package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the PostgreSQL tests find their server: {@code PIERRE_TEST_POSTGRES_URL} when it is set,
 * else a Testcontainers PostgreSQL where a Docker engine runs. With neither, PostgreSQL tests are
 * skipped with the reason, except under {@code CI=true}, where that is a failure.
 */
public final class TestPostgres {

	/** A JDBC URL of a database on the server that may create and drop databases. */
	public static final String URL_VARIABLE = "PIERRE_TEST_POSTGRES_URL";

	/** A JDBC URL of PgBouncer in transaction mode in front of that server, with its parameters. */
	public static final String PGBOUNCER_VARIABLE = "PIERRE_TEST_PGBOUNCER_URL";

	/** A JDBC URL of a hot standby that streams from that server. */
	public static final String STANDBY_VARIABLE = "PIERRE_TEST_STANDBY_URL";

	private static Server server;

	private TestPostgres() {
	}

	/**
	 * Creates a database of its own for one test; closing it drops the database.
	 * @return the new, empty database
	 */
	public static PostgresDatabase createDatabase() {
		Server server = server();
		String name = newName();
		server.execute("CREATE DATABASE " + name);
		return new PostgresDatabase(server, name);
	}

	/**
	 * Creates a database of its own for one test, a copy of another; closing it drops the copy.
	 * @param template the database to copy, which nobody may be connected to
	 * @return the new database
	 */
	public static PostgresDatabase copyOf(PostgresDatabase template) {
		Server server = server();
		String name = newName();
		server.execute("CREATE DATABASE " + name + " TEMPLATE " + template.name());
		return new PostgresDatabase(server, name);
	}

	/**
	 * The URL that a variable names, as a test that needs it takes it: without it the test is
	 * skipped with the reason, except under {@code CI=true}, where that is a failure.
	 * @param variable the environment variable
	 * @param what what the URL names, for the message
	 * @return the URL
	 */
	public static String requiredUrl(String variable, String what) {
		String url = System.getenv(variable);
		if (url != null && !url.isBlank()) {
			return url;
		}
		String reason = "This test needs " + what + ": set " + variable + " (.ci/run sets it up and sets it)";
		TestPrerequisites.missing(reason);
		throw new IllegalStateException(reason);
	}

	private static String newName() {
		return "pierre_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	static synchronized Server server() {
		if (server == null) {
			server = locate();
		}
		return server;
	}

	private static Server locate() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return new Server(url, System.getenv().getOrDefault("PIERRE_TEST_POSTGRES_USER", "postgres"),
					System.getenv().getOrDefault("PIERRE_TEST_POSTGRES_PASSWORD", ""));
		}
		if (isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String reason = "PostgreSQL tests need a server: set " + URL_VARIABLE
				+ " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) or run a Docker engine for Testcontainers";
		TestPrerequisites.missing(reason);
		throw new IllegalStateException(reason);
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A URL with another database name, its parameters kept.
	 * @param url a JDBC URL of a database on a server
	 * @param database the other database's name
	 * @return the URL of that database on that server
	 */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String params = (query < 0) ? "" : url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
	}

	/** The server's admin connection settings. */
	record Server(String url, String username, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.username, this.password);
		}

		void execute(String sql) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL server", ex);
			}
		}

		String urlFor(String database) {
			return withDatabase(this.url, database);
		}

	}

}
