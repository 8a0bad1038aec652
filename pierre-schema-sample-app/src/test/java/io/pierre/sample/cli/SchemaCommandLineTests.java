package io.pierre.sample.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SchemaCommandLine}, in this JVM, on real databases.
 */
class SchemaCommandLineTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void recognizesOnlyItsCommandsAsFirstArgument() {
		assertThat(SchemaCommandLine.isCommand(new String[] { "migrate" })).isTrue();
		assertThat(SchemaCommandLine.isCommand(new String[] { "info", "--x=y" })).isTrue();
		assertThat(SchemaCommandLine.isCommand(new String[] { "validate" })).isTrue();
		assertThat(SchemaCommandLine.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(SchemaCommandLine.isCommand(new String[0])).isFalse();
	}

	@Test
	void migrateThenInfoThenValidateOnSqlite() {
		String url = "--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("cli.db");
		assertThat(run("migrate", url)).isZero();
		assertThat(output()).startsWith("Pierre schema: applied 20 migrations in ")
			.contains("now at 20250120000021 (SQLite ");
		this.out.reset();
		assertThat(run("info", url)).isZero();
		assertThat(output().lines().filter((line) -> line.matches("\\d{14}/applied .+ \\(installed .+, \\d+ ms\\)")))
			.hasSize(20);
		assertThat(output()).contains("20250120000001/applied users schema (installed ")
			.contains("20250120000021/applied add config categories");
		this.out.reset();
		assertThat(run("validate", url)).isZero();
		assertThat(output()).startsWith("Pierre schema: valid at 20250120000021 (SQLite ");
	}

	@Test
	void infoOnAFreshDatabaseListsEveryVersionPendingAndChangesNothing() {
		Path file = this.dir.resolve("fresh.db");
		assertThat(run("info", "--pierre.database.url=jdbc:sqlite:" + file)).isZero();
		assertThat(output().lines().filter((line) -> line.matches("\\d{14}/pending .+"))).hasSize(20);
		assertThat(output()).contains("20250120000014/pending add missing foreign keys");
	}

	@Test
	void validateOnAFreshDatabaseFailsWithExitCodeOne() {
		assertThat(run("validate", "--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("fresh.db"))).isEqualTo(1);
		assertThat(errors()).startsWith("Error: Pierre schema validation failed: 20 pending (20250120000001, ");
	}

	@Test
	void migrateUpToATarget() {
		String url = "--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("cli.db");
		assertThat(run("migrate", url, "--pierre.database.target=20250120000010")).isZero();
		assertThat(output()).contains("applied 10 migrations").contains("now at 20250120000010");
		this.out.reset();
		assertThat(run("info", url)).isZero();
		assertThat(output()).contains("20250120000011/pending expand oauth provider constraints");
	}

	@Test
	void badPropertyFailsNamingItAndLeavesTheDatabaseAlone() throws Exception {
		Path file = this.dir.resolve("cli.db");
		assertThat(run("migrate", "--pierre.database.url=jdbc:sqlite:" + file,
				"--pierre.database.history-table=x; DROP TABLE users")).isEqualTo(1);
		assertThat(errors()).contains("pierre.database.history-table 'x; DROP TABLE users' is not a plain SQL identifier");
		assertThat(!Files.exists(file) || Files.size(file) == 0).isTrue();
	}

	@Test
	void migrateOnPostgresql() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String[] connection = { "--pierre.database.url=" + database.url(),
					"--pierre.database.username=" + database.username(),
					"--pierre.database.password=" + database.password() };
			assertThat(run("migrate", connection)).isZero();
			assertThat(output()).contains("applied 20 migrations").contains("(PostgreSQL ");
			this.out.reset();
			assertThat(run("validate", connection)).isZero();
			assertThat(output()).startsWith("Pierre schema: valid at 20250120000021 (PostgreSQL ");
		}
	}

	@Test
	void transferCopiesASqliteDatabaseIntoPostgresqlGivenTheOriginalServersUrls() {
		Path file = this.dir.resolve("source.db");
		assertThat(run("migrate", "--pierre.database.url=jdbc:sqlite:" + file)).isZero();
		SingleConnectionDataSource source = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
		new JdbcTemplate(source).update("INSERT INTO users (id, email, password_hash, created_at, last_active) "
				+ "VALUES ('u1', 'u1@example.com', 'hash', '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')");
		source.destroy();
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String credentials = database.username() + (database.password().isEmpty() ? "" : ":" + database.password());
			String target = database.url().replace("jdbc:postgresql://", "postgres://" + credentials + "@");
			this.out.reset();
			assertThat(run("transfer", "--from", "sqlite:" + file, "--to", target)).isZero();
			assertThat(output()).contains("  users: 1").contains("  admin_config_categories: 19")
				.contains("Pierre schema: transferred 21 rows of 44 tables in ");
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT email FROM users", String.class))
				.isEqualTo("u1@example.com");
			assertThat(run("transfer", "--from=sqlite:" + file, "--to=" + target)).isEqualTo(1);
			assertThat(errors()).contains("The target already holds rows in [users]");
		}
	}

	@Test
	void transferWithoutATargetFailsNamingTheOption() {
		assertThat(run("transfer", "--from", "sqlite:" + this.dir.resolve("x.db"))).isEqualTo(1);
		assertThat(errors()).isEqualTo("Error: transfer needs --to <database URL>" + System.lineSeparator());
	}

	private int run(String command, String... args) {
		String[] all = new String[args.length + 1];
		all[0] = command;
		System.arraycopy(args, 0, all, 1, args.length);
		return new SchemaCommandLine(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(all);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
