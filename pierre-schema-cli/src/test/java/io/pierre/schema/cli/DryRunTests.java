package io.pierre.schema.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate --dry-run}: the script it prints, applied by hand with the {@code sqlite3} shell
 * or {@code psql -1 -f}, leaves a database that {@code validate} finds up to date, with the
 * history that {@code migrate} itself would have written.
 */
class DryRunTests {

	private static final String HISTORY = "SELECT installed_rank || '|' || version || '|' || description || '|' || type "
			+ "|| '|' || script || '|' || checksum || '|' || success FROM pierre_schema_history ORDER BY installed_rank";

	@TempDir
	Path dir;

	@Test
	void sqliteScriptAppliedWithTheSqlite3ShellFromAnEmptyFileAndFromAVersion() throws Exception {
		Path empty = Files.createFile(this.dir.resolve("empty.db"));
		Result fromNothing = run("migrate", "--dry-run", "-D", "sqlite:" + empty);
		assertThat(fromNothing.exitCode()).isZero();
		assertThat(fromNothing.out()).startsWith("-- Pierre schema: dry run of migrate on SQLite ")
			.contains("--   20250120000001 users schema")
			.contains("CREATE TABLE \"main\".\"pierre_schema_history\" (")
			.contains("PRAGMA foreign_keys = OFF;");
		assertThat(empty).isEmptyFile();
		new ScriptShell(this.dir).apply(fromNothing.out(), ScriptShell.sqlite3(empty));
		Path partial = this.dir.resolve("partial.db");
		assertThat(run("migrate", "-D", "sqlite:" + partial, "--target-version=20250120000010").exitCode()).isZero();
		Result fromTen = run("migrate", "--dry-run", "-D", "sqlite:" + partial, "--target-version=20250120000015");
		assertThat(fromTen.out()).contains("from 20250120000010 to 20250120000015")
			.doesNotContain("--   20250120000010 ")
			.contains("--   20250120000011 expand oauth provider constraints")
			.doesNotContain("--   20250120000017 ")
			.doesNotContain("CREATE TABLE \"main\".\"pierre_schema_history\"");
		new ScriptShell(this.dir).apply(fromTen.out(), ScriptShell.sqlite3(partial));
		Result validate = run("validate", "-D", "sqlite:" + partial, "--pierre.database.target=20250120000015");
		assertThat(validate.exitCode()).as(validate.err()).isZero();
		assertThat(run("validate", "-D", "sqlite:" + empty).exitCode()).isZero();
		Path migrated = this.dir.resolve("migrated.db");
		assertThat(run("migrate", "-D", "sqlite:" + migrated).exitCode()).isZero();
		assertThat(history(empty)).isEqualTo(history(migrated));
		Result upToDate = run("migrate", "--dry-run", "-D", "sqlite:" + migrated);
		assertThat(upToDate.exitCode()).isZero();
		assertThat(upToDate.out()).isEqualTo("-- Pierre schema: nothing to apply, up to date at " + Migrations.newestVersion()
				+ System.lineSeparator());
	}

	@Test
	void sqliteScriptStopsAtAVersionThatWouldLeaveRowsWithoutParent() throws Exception {
		Path file = this.dir.resolve("users.db");
		assertThat(run("migrate", "-D", "sqlite:" + file, "--target-version=20250120000001").exitCode()).isZero();
		String script = run("migrate", "--dry-run", "-D", "sqlite:" + file, "--target-version=20250120000002").out();
		new ScriptShell(this.dir).applyWithAnOrphan(script, file);
		assertThat(history(file)).hasSize(1);
	}

	@Test
	void postgresqlScriptAppliedWithPsqlInOneTransaction() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase();
				PostgresDatabase migrated = TestPostgres.createDatabase()) {
			String[] connection = { "-D", database.url(), "--pierre.database.username=" + database.username(),
					"--pierre.database.password=" + database.checkedPassword() };
			assertThat(run(ServiceProcess.arguments(connection, "migrate", "--target-version=20250120000003")).exitCode()).isZero();
			Result dryRun = run(ServiceProcess.arguments(connection, "migrate", "--dry-run"));
			assertThat(dryRun.exitCode()).isZero();
			assertThat(dryRun.out()).startsWith("-- Pierre schema: dry run of migrate on PostgreSQL ")
				.contains("from 20250120000003 to " + Migrations.newestVersion())
				.doesNotContain("CREATE TABLE \"public\".\"pierre_schema_history\"");
			new ScriptShell(this.dir).apply(dryRun.out(), ScriptShell.psql(database));
			Result validate = run(ServiceProcess.arguments(connection, "validate"));
			assertThat(validate.exitCode()).as(validate.err()).isZero();
			assertThat(run("migrate", "-D", migrated.url(), "--pierre.database.username=" + migrated.username(),
					"--pierre.database.password=" + migrated.checkedPassword())
				.exitCode()).isZero();
			assertThat(history(database)).isEqualTo(history(migrated));
		}
	}

	@Test
	void postgresqlScriptCreatesTheHistoryTableAndTheConfiguredSchema() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String[] connection = { "-D", database.url(), "--pierre.database.username=" + database.username(),
					"--pierre.database.password=" + database.checkedPassword(), "--pierre.database.schema=pierre" };
			Result dryRun = run(ServiceProcess.arguments(connection, "migrate", "--dry-run"));
			assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
			assertThat(dryRun.out()).contains("CREATE SCHEMA IF NOT EXISTS \"pierre\";")
				.contains("CREATE TABLE \"pierre\".\"pierre_schema_history\" (");
			new ScriptShell(this.dir).apply(dryRun.out(), ScriptShell.psql(database));
			Result validate = run(ServiceProcess.arguments(connection, "validate"));
			assertThat(validate.exitCode()).as(validate.err()).isZero();
			assertThat(validate.out()).startsWith("Pierre schema: valid at " + Migrations.newestVersion() + " (PostgreSQL ");
		}
	}

	private static List<String> history(Path file) {
		return new JdbcTemplate(TestSqlite.dataSource(file)).queryForList(HISTORY, String.class);
	}

	private static List<String> history(PostgresDatabase database) {
		return new JdbcTemplate(database.dataSource()).queryForList(HISTORY, String.class);
	}

	private Result run(String... args) {
		return new ServiceProcess(this.dir, Map.of()).run(args);
	}

}
