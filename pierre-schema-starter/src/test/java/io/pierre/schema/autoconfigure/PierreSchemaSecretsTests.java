package io.pierre.schema.autoconfigure;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.DatabaseConnectionException;
import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.PierreSchemaException;
import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.jdbc.UnsupportedDatabaseException;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password, and no URL with a password in it, in any log line or exception message, whether
 * the start succeeds or fails: every case runs with a password set, with the logs of the
 * starter, Flyway and the pool at debug level, and everything written is scanned: the console,
 * which shows INFO and above, and a log file that holds every debug line.
 */
@ExtendWith(OutputCaptureExtension.class)
class PierreSchemaSecretsTests {

	private static final List<String> VERBOSE_LOGGERS = List.of("io.pierre", "org.flywaydb", "com.zaxxer.hikari");

	private final List<String> exceptions = new ArrayList<>();

	@TempDir
	Path logs;

	/** A database of each test's own, dropped after it. */
	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	/** The role's own: the server checks it, so a start that dropped or mangled it would fail. */
	private final String password = this.database.checkedPassword();

	@Test
	void successfulStartsWithThePasswordInTheUrlOrAProperty(CapturedOutput output) throws IOException {
		start("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.target=20250120000010");
		start("--pierre.database.url=" + this.database.url() + "?user=" + this.database.username() + "&password="
				+ this.password + "&sslmode=disable", "--pierre.database.target=20250120000015");
		start("--pierre.database.url=" + this.database.url(), "--pierre.database.username=" + this.database.username(),
				"--pierre.database.password=" + this.password);
		// Flyway names the database it migrates: the URL it was given carries no password.
		assertThat(output).contains("Database: jdbc:postgresql://").contains("Pierre schema: applied ");
		assertNoPassword(output);
	}

	@AfterEach
	void quietTheLoggersAgain() {
		// Levels outlive the applications that set them, and the next tests would log at debug.
		LoggingSystem loggingSystem = LoggingSystem.get(getClass().getClassLoader());
		VERBOSE_LOGGERS.forEach((logger) -> loggingSystem.setLogLevel(logger, null));
	}

	@Test
	void failedStartsWithThePasswordSet(CapturedOutput output) throws Exception {
		// Malformed, and another database's URL.
		assertThat(fail("--pierre.database.url=postgres://pierre:" + this.password + "@bad host:5432/pierre"))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessage("pierre.database.url 'postgres://pierre:****@bad host:5432/pierre' is not a valid database URL: "
					+ "Illegal character in authority");
		assertThat(fail("--pierre.database.url=mysql://root:" + this.password + "@localhost/pierre"))
			.isInstanceOf(UnsupportedDatabaseException.class)
			.hasMessage("The Pierre schema supports SQLite and PostgreSQL, but pierre.database.url names another "
					+ "database: mysql://root:****@localhost/pierre");
		assertThat(fail("--pierre.database.url=jdbc:mysql://localhost/pierre?user=root&password=" + this.password))
			.isInstanceOf(UnsupportedDatabaseException.class)
			.hasMessage("The Pierre schema supports SQLite and PostgreSQL, but pierre.database.url names another "
					+ "database: jdbc:mysql://localhost/pierre?user=root&password=****");
		// Unreachable, refused, wrong credentials.
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThat(fail("--pierre.database.url=postgres://postgres:" + this.password + "@127.0.0.1:"
					+ silent.getLocalPort() + "/x", "--pierre.database.connect-timeout=1s"))
				.isInstanceOf(DatabaseConnectionException.class)
				.hasMessage("Could not connect to the Pierre database: Connection attempt timed out.");
		}
		assertThat(fail("--pierre.database.url=postgres://postgres:" + this.password + "@127.0.0.1:1/x"))
			.isInstanceOf(DatabaseConnectionException.class)
			.hasMessageStartingWith("Could not connect to the Pierre database: Connection to 127.0.0.1:1 refused.");
		assertThat(fail("--pierre.database.url=" + this.database.url(), "--pierre.database.username=no_such_role",
				"--pierre.database.password=" + this.password))
			.isInstanceOf(DatabaseConnectionException.class)
			.hasMessage("Could not connect to the Pierre database: FATAL: role \"no_such_role\" does not exist");
		// A migration that fails, a history from a newer release, bad settings.
		start("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.target=20250120000015");
		new JdbcTemplate(this.database.dataSource()).execute("CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		assertThat(fail("--pierre.database.url=" + postgresUri(this.password)))
			.isInstanceOf(SchemaMigrationException.class)
			.hasMessageStartingWith("Pierre schema migration failed: Failed to execute script V20250120000017__chat_schema.sql")
			.hasMessageContaining("relation \"chat_conversations\" already exists");
		new JdbcTemplate(this.database.dataSource()).update("INSERT INTO pierre_schema_history (installed_rank, version, "
				+ "description, type, script, checksum, installed_by, execution_time, success) VALUES (100, "
				+ "'29990301000001', 'newer', 'SQL', 'V29990301000001__newer.sql', 1, 'test', 1, true)");
		String unknownVersion = "The database holds Pierre schema versions that this starter does not know (29990301000001;";
		assertThat(fail("--pierre.database.url=" + postgresUri(this.password)))
			.isInstanceOf(SchemaMigrationException.class)
			.hasMessageStartingWith(unknownVersion);
		assertThat(fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.mode=validate"))
			.isInstanceOf(SchemaMigrationException.class)
			.hasMessageStartingWith(unknownVersion);
		assertThat(fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.schema=bad name"))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("pierre.database.schema 'bad name' is not a plain SQL identifier");
		assertThat(fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.target=1"))
			.isInstanceOf(InvalidSettingException.class)
			.hasMessageStartingWith("pierre.database.target '1' is not a version of the Pierre schema (");
		assertThat(output).contains("APPLICATION FAILED TO START").contains("Could not connect to the Pierre database");
		assertNoPassword(output);
	}

	private void assertNoPassword(CapturedOutput output) throws IOException {
		String debugLog = Files.readString(this.logs.resolve("debug.log"));
		assertThat(debugLog).contains("DEBUG");
		assertThat(debugLog).doesNotContain(this.password);
		assertThat(output.getAll()).doesNotContain(this.password);
		assertThat(this.exceptions).allSatisfy((trace) -> assertThat(trace).doesNotContain(this.password));
	}

	private String postgresUri(String password) {
		return "postgres://" + this.database.username() + ":" + password + "@"
				+ this.database.url().substring("jdbc:postgresql://".length());
	}

	private void start(String... args) {
		try (ConfigurableApplicationContext context = application().run(withVerboseLogs(args))) {
			assertThat(context.isActive()).isTrue();
		}
	}

	/**
	 * Starts an application that must fail, keeps the stack trace of its failure for the scan, and
	 * gives the starter's exception in it, which says why.
	 */
	private PierreSchemaException fail(String... args) {
		try {
			application().run(withVerboseLogs(args)).close();
		}
		catch (RuntimeException ex) {
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			this.exceptions.add(trace.toString());
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof PierreSchemaException reason) {
					return reason;
				}
			}
			throw new AssertionError("The start with " + List.of(args) + " failed without saying why", ex);
		}
		throw new AssertionError("Started with " + List.of(args));
	}

	private String[] withVerboseLogs(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		VERBOSE_LOGGERS.forEach((logger) -> all.add("--logging.level." + logger + "=debug"));
		// Boot's own appenders, not the tests' logback-test.xml, which has no file appender.
		all.add("--logging.config=classpath:logback-console-and-file.xml");
		all.add("--logging.threshold.console=info");
		all.add("--logging.file.name=" + this.logs.resolve("debug.log"));
		return all.toArray(String[]::new);
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class,
			PierreSchemaAutoConfiguration.class })
	static class MinimalApplication {

	}

}
