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
		List<String> password = List.of("--pierre.database.password=" + this.password);
		// Malformed, and another database's URL.
		fail("--pierre.database.url=postgres://pierre:" + this.password + "@bad host:5432/pierre");
		fail("--pierre.database.url=mysql://root:" + this.password + "@localhost/pierre");
		fail("--pierre.database.url=jdbc:mysql://localhost/pierre?user=root&password=" + this.password);
		// Unreachable, refused, wrong credentials.
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			fail("--pierre.database.url=postgres://postgres:" + this.password + "@127.0.0.1:" + silent.getLocalPort() + "/x",
					"--pierre.database.connect-timeout=1s");
		}
		fail("--pierre.database.url=postgres://postgres:" + this.password + "@127.0.0.1:1/x");
		fail("--pierre.database.url=" + this.database.url(), "--pierre.database.username=no_such_role",
				password.get(0));
		// A migration that fails, a history from a newer release, bad settings.
		start("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.target=20250120000015");
		new JdbcTemplate(this.database.dataSource()).execute("CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		fail("--pierre.database.url=" + postgresUri(this.password));
		new JdbcTemplate(this.database.dataSource()).update("INSERT INTO pierre_schema_history (installed_rank, version, "
				+ "description, type, script, checksum, installed_by, execution_time, success) VALUES (100, "
				+ "'20250301000001', 'newer', 'SQL', 'V20250301000001__newer.sql', 1, 'test', 1, true)");
		fail("--pierre.database.url=" + postgresUri(this.password));
		fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.mode=validate");
		fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.schema=bad name");
		fail("--pierre.database.url=" + postgresUri(this.password), "--pierre.database.target=1");
		assertThat(output).contains("APPLICATION FAILED TO START").contains("Could not connect to the Pierre database");
		assertThat(this.exceptions).hasSize(11);
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

	private void fail(String... args) {
		try {
			application().run(withVerboseLogs(args)).close();
			throw new AssertionError("Started with " + List.of(args));
		}
		catch (RuntimeException ex) {
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			this.exceptions.add(trace.toString());
		}
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
