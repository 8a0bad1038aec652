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
 * {@code revert}, run as a process: a line per version, the refusal of data loss unless
 * {@code --discard-data}, and a {@code --dry-run} script that, applied by hand, leaves the database
 * that {@code validate} finds at the target.
 */
class RevertCommandTests {

	private static final String VERSIONS = "SELECT version FROM pierre_schema_history WHERE success ORDER BY installed_rank";

	@TempDir
	Path dir;

	@Test
	void revertPrintsALinePerVersionAndLeavesThemPending() {
		assertThat(run("migrate", "-D", "sqlite:./users.db").exitCode()).isZero();
		Result revert = run("revert", "-D", "sqlite:./users.db", "--target-version", "20250120000019");
		assertThat(revert.exitCode()).as(revert.err()).isZero();
		assertThat(revert.out()).startsWith("Backed up the database to ")
			.contains("20250120000021 add config categories: started")
			.containsPattern("20250120000021 add config categories: done in \\d+ ms")
			.contains("20250120000020 admin config schema: started")
			.doesNotContain("20250120000019 recipes schema: started");
		assertThat(revert.err()).isEmpty();
		Result info = run("info", "-D", "sqlite:./users.db");
		assertThat(info.out()).contains("20250120000019/applied").contains("20250120000020/pending")
			.contains("20250120000021/pending");
		assertThat(run("validate", "-D", "sqlite:./users.db", "--pierre.database.target=20250120000019").exitCode())
			.isZero();
	}

	@Test
	void revertThatWouldDiscardDataIsRefusedUnlessTold() {
		assertThat(run("migrate", "-D", "sqlite:./users.db").exitCode()).isZero();
		JdbcTemplate jdbc = new JdbcTemplate(TestSqlite.dataSource(this.dir.resolve("users.db")));
		jdbc.execute("INSERT INTO users (id, email, last_active, password_hash, created_at) VALUES ('u1', 'a@b.c', 't', 'h', 't')");
		jdbc.execute("INSERT INTO recipes (id, user_id, instructions, name, tenant_id, created_at, updated_at)"
				+ " VALUES ('r1', 'u1', 'stir', 'soup', 't1', 't', 't')");
		Result refused = run("revert", "-D", "sqlite:./users.db", "--target-version", "20250120000001");
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).startsWith("Error: ").contains("table recipes (").contains("--discard-data")
			.doesNotContain("\tat ");
		assertThat(versions(this.dir.resolve("users.db"))).hasSize(Migrations.versions().size());
		Result discarded = run("revert", "-D", "sqlite:./users.db", "--target-version", "20250120000001",
				"--discard-data");
		assertThat(discarded.exitCode()).as(discarded.err()).isZero();
		assertThat(versions(this.dir.resolve("users.db"))).containsExactly("20250120000001");
	}

	@Test
	void sqliteDryRunAppliedWithTheShellReachesTheTarget() throws Exception {
		Path file = this.dir.resolve("users.db");
		assertThat(run("migrate", "-D", "sqlite:" + file).exitCode()).isZero();
		byte[] before = Files.readAllBytes(file);
		Result dryRun = run("revert", "--dry-run", "-D", "sqlite:" + file, "--target-version", "20250120000013");
		assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
		assertThat(dryRun.out()).startsWith("-- Pierre schema: dry run of revert on SQLite ")
			.contains("--   20250120000021 add config categories")
			.contains("--   20250120000014 add missing foreign keys")
			.doesNotContain("--   20250120000013 ");
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		new ScriptShell(this.dir).apply(dryRun.out(), ScriptShell.sqlite3(file));
		Result validate = run("validate", "-D", "sqlite:" + file, "--pierre.database.target=20250120000013");
		assertThat(validate.exitCode()).as(validate.err()).isZero();
		assertThat(versions(file)).hasSize(13);
	}

	@Test
	void sqliteDryRunStopsAtAVersionThatWouldLeaveRowsWithoutParent() throws Exception {
		Path file = this.dir.resolve("users.db");
		assertThat(run("migrate", "-D", "sqlite:" + file).exitCode()).isZero();
		List<String> applied = versions(file);
		String script = run("revert", "--dry-run", "-D", "sqlite:" + file).out();
		new ScriptShell(this.dir).applyWithAnOrphan(script, file);
		assertThat(versions(file)).isEqualTo(applied);
		assertThat(new JdbcTemplate(TestSqlite.dataSource(file)).queryForObject("SELECT count(*) FROM api_keys",
				Integer.class)).isZero();
	}

	@Test
	void postgresqlDryRunAppliedWithPsqlReachesTheTarget() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String[] connection = { "-D", database.url(), "--pierre.database.username=" + database.username(),
					"--pierre.database.password=" + database.checkedPassword() };
			assertThat(run(ServiceProcess.arguments(connection, "migrate")).exitCode()).isZero();
			Result dryRun = run(ServiceProcess.arguments(connection, "revert", "--dry-run", "--target-version=20250120000011"));
			assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
			assertThat(dryRun.out()).startsWith("-- Pierre schema: dry run of revert on PostgreSQL ");
			assertThat(new JdbcTemplate(database.dataSource()).queryForList(VERSIONS, String.class)).hasSize(Migrations.versions().size());
			new ScriptShell(this.dir).apply(dryRun.out(), ScriptShell.psql(database));
			Result validate = run(ServiceProcess.arguments(connection, "validate", "--pierre.database.target=20250120000011"));
			assertThat(validate.exitCode()).as(validate.err()).isZero();
		}
	}

	private static List<String> versions(Path file) {
		return new JdbcTemplate(TestSqlite.dataSource(file)).queryForList(VERSIONS.replace("WHERE success", "WHERE success = 1"),
				String.class);
	}

	private Result run(String... args) {
		return new ServiceProcess(this.dir, Map.of()).run(args);
	}

}
