package io.pierre.schema.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.pierre.schema.DatabaseConnectionException;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the starter is given, it fails with a message that names the property or the cause,
 * and leaves the database as it was.
 */
class PierreSchemaBadInputTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class,
					PierreSchemaAutoConfiguration.class));

	@TempDir
	Path dir;

	@Test
	void malformedUrlIsRefusedNamingTheProperty() {
		this.runner.withPropertyValues("pierre.database.url=postgres://pierre:pw@bad host:5432/pierre")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("pierre.database.url 'postgres://pierre:****@bad host:5432/pierre' "
						+ "is not a valid database URL"));
	}

	@Test
	void migrationCacheBelowSqlitesDefaultIsRefusedNamingTheProperty() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=sqlite:" + file, "pierre.database.sqlite.migration-cache=1MB")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pierre.database.sqlite.migration-cache '1024KB' must be at least 2000KB, SQLite's own default"));
		assertThat(file).doesNotExist();
	}

	@Test
	void sqlitePathThatIsAFolderIsRefusedAndLeftAlone() throws IOException {
		Path folder = Files.createDirectory(this.dir.resolve("users.db"));
		Files.writeString(folder.resolve("notes.txt"), "mine");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + folder)
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pierre.database.url 'jdbc:sqlite:" + folder + "' names a folder, not a SQLite database file"));
		assertThat(listing(folder)).containsExactly("notes.txt");
		assertThat(listing(this.dir)).containsExactly("users.db");
	}

	@Test
	void sqliteFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
		Path file = this.dir.resolve("users.db");
		Files.writeString(file, "name,email\nada,ada@example.com\n");
		byte[] before = Files.readAllBytes(file);
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file)
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pierre.database.url 'jdbc:sqlite:" + file
						+ "' names a file that is not a SQLite database; it was left as it is"));
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(listing(this.dir)).containsExactly("users.db");
	}

	@Test
	void applicationDataSourceOnAFileThatIsNotADatabaseFailsOnConnecting() throws IOException {
		Path file = this.dir.resolve("app.db");
		Files.writeString(file, "not a database, but long enough to have a header");
		byte[] before = Files.readAllBytes(file);
		this.runner.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + file).run((context) -> {
			assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(java.sql.SQLException.class);
			assertThat(context.getStartupFailure()).cause()
				.isInstanceOf(DatabaseConnectionException.class)
				.hasMessageStartingWith("Could not connect to the Pierre database: ")
				.hasMessageContaining("not a database");
		});
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
	}

	@Test
	void historyWithAVersionNewerThanTheStarterIsRefusedUnlessIgnored() throws IOException {
		Path file = this.dir.resolve("users.db");
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url).run((context) -> assertThat(context).hasNotFailed());
		TestSqlite.execute(file, "INSERT INTO pierre_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, execution_time, success) VALUES (100, '29990301000001', 'from a newer release', 'SQL', "
				+ "'V29990301000001__from_a_newer_release.sql', 1, 'test', 1, 1)");
		byte[] before = Files.readAllBytes(file);
		this.runner.withPropertyValues(url).run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessage("The database holds Pierre schema versions that this starter does not know (29990301000001; "
					+ "it knows up to " + Migrations.newestVersion() + "). Upgrade the starter, or set "
					+ "pierre.database.ignore-future-versions=true during a rolling upgrade."));
		this.runner.withPropertyValues(url, "pierre.database.mode=validate")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("does not know (29990301000001"));
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		this.runner.withPropertyValues(url, "pierre.database.ignore-future-versions=true").run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationReport report = context.getBean(PierreSchemaInitializer.class).getReport().orElseThrow();
			assertThat(report.applied()).isZero();
			assertThat(report.summary()).startsWith("Pierre schema: up to date at 29990301000001 ");
		});
		this.runner.withPropertyValues(url, "pierre.database.ignore-future-versions=true", "pierre.database.mode=validate")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void pierreTablesWithoutARecordOfTheirVersionAreRefusedBeforeAnythingChanges() throws IOException {
		Path file = this.dir.resolve("users.db");
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url, "pierre.database.target=20250120000013")
			.run((context) -> assertThat(context).hasNotFailed());
		byte[] before = Files.readAllBytes(file);
		this.runner.withPropertyValues(url, "pierre.database.history-table=renamed_history")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("The database holds Pierre tables [")
				.hasMessageContaining("users")
				.hasMessageContaining("renamed_history (pierre.database.history-table)")
				.hasMessageContaining("Nothing was changed."));
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(listing(this.dir)).noneMatch((name) -> name.contains(".backup-"));
		this.runner.withPropertyValues(url).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void applicationTablesWithoutPierreOnesAreMigratedBeside() throws IOException {
		Path file = this.dir.resolve("users.db");
		TestSqlite.execute(file, "CREATE TABLE orders (id INTEGER PRIMARY KEY)");
		TestSqlite.execute(file, "INSERT INTO orders (id) VALUES (1)");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file).run((context) -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class)).isOne();
			assertThat(jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
		});
	}

	@Test
	void modifiedScriptIsRefusedInMigrateModeBeforeAnythingChanges() throws IOException {
		Path file = this.dir.resolve("users.db");
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url, "pierre.database.target=20250120000013")
			.run((context) -> assertThat(context).hasNotFailed());
		TestSqlite.execute(file, "UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		byte[] before = Files.readAllBytes(file);
		this.runner.withPropertyValues(url).run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessageStartingWith("Applied Pierre schema versions no longer match the embedded scripts "
					+ "(20250120000007: checksum mismatch), so nothing was migrated.")
			.hasMessageContaining("run repair"));
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(listing(this.dir)).noneMatch((name) -> name.contains(".backup-"));
	}

	@Test
	void failedRecordIsRefusedInMigrateModePointingToRepair() {
		Path file = this.dir.resolve("users.db");
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url, "pierre.database.target=20250120000020")
			.run((context) -> assertThat(context).hasNotFailed());
		TestSqlite.execute(file, "INSERT INTO pierre_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, execution_time, success) SELECT max(installed_rank) + 1, '20250120000021', "
				+ "'add config categories', 'SQL', 'V20250120000021__add_config_categories.sql', 0, 'test', 1, 0 "
				+ "FROM pierre_schema_history");
		this.runner.withPropertyValues(url).run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessageStartingWith("The Pierre schema history records failed migrations (20250120000021), so nothing "
					+ "was migrated")
			.hasMessageContaining("run repair"));
	}

	@Test
	void connectTimeoutUnderASecondIsRefused() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, "pierre.database.connect-timeout=500ms")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("pierre.database.connect-timeout '500ms' must be at least 1s "
						+ "(a number without a unit is read as seconds)"));
		assertThat(file).doesNotExist();
	}

	@Test
	void settingsAreCheckedBeforeTheSqliteFileIsCreated() {
		Path file = this.dir.resolve("users.db");
		for (String setting : List.of("pierre.database.target=20250120000016",
				"pierre.database.history-table=history; DROP TABLE users", "pierre.database.schema=x\"; DROP TABLE users; --",
				"pierre.database.target=latest")) {
			this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, setting)
				.run((context) -> assertThat(context.getStartupFailure()).rootCause()
					.hasMessageStartingWith(setting.substring(0, setting.indexOf('='))));
		}
		assertThat(file).doesNotExist();
	}

	@Test
	void unreachablePostgresqlFailsWithinTheConnectTimeout() throws IOException {
		// Accepts the TCP connection, then never answers: the driver waits for its login.
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.runner
				.withPropertyValues("pierre.database.url=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/pierre",
						"pierre.database.username=postgres", "pierre.database.connect-timeout=1s")
				.run((context) -> assertThat(context.getStartupFailure()).cause()
					.isInstanceOf(DatabaseConnectionException.class)
					.hasMessageStartingWith("Could not connect to the Pierre database: ")
					.hasMessageContaining("timed out"));
		}
	}

	@Test
	void refusedPostgresqlConnectionNamesTheCause() throws IOException {
		int port;
		try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = closed.getLocalPort();
		}
		this.runner.withPropertyValues("pierre.database.url=postgres://postgres@127.0.0.1:" + port + "/pierre")
			.run((context) -> assertThat(context.getStartupFailure()).cause()
				.isInstanceOf(DatabaseConnectionException.class)
				.hasMessageContaining("Connection to 127.0.0.1:" + port + " refused"));
	}

	@Test
	void wrongCredentialsFailNamingTheCauseAndCreateNothing() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner
				.withPropertyValues("pierre.database.url=" + database.url(), "pierre.database.username=no_such_role",
						"pierre.database.password=wrong")
				.run((context) -> assertThat(context.getStartupFailure()).cause()
					.isInstanceOf(DatabaseConnectionException.class)
					.hasMessageContaining("\"no_such_role\""));
			assertThat(postgresTables(database)).isEmpty();
		}
	}

	@Test
	void postgresqlPierreTablesWithoutARecordAreRefusedAndThoseOfAnotherSchemaIgnored() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String[] connection = { "pierre.database.url=" + database.url(),
					"pierre.database.username=" + database.username(),
					"pierre.database.password=" + database.password() };
			new JdbcTemplate(database.dataSource()).execute("CREATE SCHEMA elsewhere; CREATE TABLE elsewhere.users (id text)");
			this.runner.withPropertyValues(connection)
				.withPropertyValues("pierre.database.target=20250120000013")
				.run((context) -> assertThat(context).hasNotFailed());
			List<String> tables = postgresTables(database);
			this.runner.withPropertyValues(connection)
				.withPropertyValues("pierre.database.history-table=renamed_history")
				.run((context) -> assertThat(context.getStartupFailure()).rootCause()
					.hasMessageStartingWith("The database holds Pierre tables [")
					.hasMessageContaining("Nothing was changed."));
			assertThat(postgresTables(database)).containsExactlyInAnyOrderElementsOf(tables);
		}
	}

	@Test
	void sqlInThePostgresqlSchemaIsRefusedAndCreatesNothing() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner
				.withPropertyValues("pierre.database.url=" + database.url(),
						"pierre.database.username=" + database.username(),
						"pierre.database.password=" + database.password(),
						"pierre.database.schema=pierre; DROP SCHEMA public CASCADE")
				.run((context) -> assertThat(context.getStartupFailure()).rootCause()
					.hasMessageStartingWith(
							"pierre.database.schema 'pierre; DROP SCHEMA public CASCADE' is not a plain SQL identifier"));
			assertThat(postgresTables(database)).isEmpty();
			assertThat(new JdbcTemplate(database.dataSource())
				.queryForList("SELECT nspname FROM pg_namespace WHERE nspname IN ('pierre', 'public')", String.class))
				.containsExactly("public");
		}
	}

	static List<String> postgresTables(PostgresDatabase database) {
		return new JdbcTemplate(database.dataSource()).queryForList(
				"SELECT table_schema || '.' || table_name FROM information_schema.tables "
						+ "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
				String.class);
	}

	private static List<String> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
