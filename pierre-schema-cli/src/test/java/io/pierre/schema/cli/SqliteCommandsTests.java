package io.pierre.schema.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command on a SQLite file, run as a process: what it prints and its exit code.
 */
class SqliteCommandsTests {

	@TempDir
	Path dir;

	@Test
	void migratePrintsALinePerVersionAsItStartsAndEnds() throws IOException {
		Result migrate = run("migrate", "-D", "sqlite:./users.db", "--target-version", "20250120000003");
		assertThat(migrate.exitCode()).isZero();
		List<String> lines = migrate.out().lines().toList();
		assertThat(lines).hasSize(7);
		assertThat(lines.get(0)).isEqualTo("20250120000001 users schema: started");
		assertThat(lines.get(1)).matches("20250120000001 users schema: done in \\d+ ms");
		assertThat(lines.get(2)).isEqualTo("20250120000002 api keys schema: started");
		assertThat(lines.get(3)).matches("20250120000002 api keys schema: done in \\d+ ms");
		assertThat(lines.get(4)).isEqualTo("20250120000003 analytics schema: started");
		assertThat(lines.get(5)).matches("20250120000003 analytics schema: done in \\d+ ms");
		assertThat(lines.get(6)).startsWith("Pierre schema: applied 3 migrations in ")
			.contains("now at 20250120000003 (SQLite ");
		assertThat(migrate.err()).isEmpty();
		Result more = run("run", "-D", "sqlite:./users.db", "--target-version", "20250120000005");
		assertThat(more.exitCode()).isZero();
		assertThat(more.out()).startsWith("Backed up the database to " + this.dir.toRealPath().resolve("users.backup-20250120000003-"))
			.contains("20250120000004 a2a schema: started")
			.contains("20250120000005 admin schema: started")
			.contains("now at 20250120000005")
			.contains("the database as it was before is backed up at ");
	}

	@Test
	void migrateInfoValidateRepairWithTheirExitCodes() {
		Map<String, String> environment = Map.of("DATABASE_URL", "sqlite:./data/users.db");
		Result validateFresh = run(environment, "validate");
		assertThat(validateFresh.exitCode()).isEqualTo(1);
		assertThat(validateFresh.err()).startsWith("Error: The SQLite database ")
			.contains("does not exist; nothing was created");
		Result migrate = run(environment, "migrate");
		assertThat(migrate.exitCode()).isZero();
		assertThat(migrate.out()).contains("Pierre schema: applied " + Migrations.versions().size() + " migrations in ")
			.contains("now at " + Migrations.newestVersion() + " (SQLite ");
		Result info = run(environment, "info");
		assertThat(info.exitCode()).isZero();
		assertThat(info.out().lines().filter((line) -> line.matches("\\d{14}/applied .+ \\(installed .+, \\d+ ms\\)")))
			.hasSize(Migrations.versions().size());
		Result validate = run(environment, "validate");
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.out()).startsWith("Pierre schema: valid at " + Migrations.newestVersion() + " (SQLite ");
		Result repair = run(environment, "repair");
		assertThat(repair.exitCode()).isZero();
		assertThat(repair.out()).startsWith("Pierre schema: nothing to repair (SQLite ");
		Result again = run(environment, "migrate");
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).startsWith("Pierre schema: up to date at " + Migrations.newestVersion());
		for (Result result : List.of(migrate, info, validate, repair, again)) {
			assertThat(result.err()).isEmpty();
		}
	}

	@Test
	void modifiedScriptFailsMigrateAndValidateUntilRepaired() {
		Path file = this.dir.resolve("users.db");
		assertThat(run("migrate", "-D", "sqlite:" + file).exitCode()).isZero();
		TestSqlite.execute(file,
				"UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		Result validate = run("validate", "-D", "sqlite:" + file);
		assertThat(validate.exitCode()).isEqualTo(1);
		assertThat(validate.err()).startsWith("Error: Pierre schema validation failed: 1 modified (20250120000007)");
		Result repair = run("repair", "-D", "sqlite:" + file);
		assertThat(repair.exitCode()).isZero();
		assertThat(repair.out()).startsWith(
				"Pierre schema: repaired the history: recorded the embedded checksum of 20250120000007 (SQLite ");
		assertThat(run("validate", "-D", "sqlite:" + file).exitCode()).isZero();
	}

	@Test
	void failedMigrateSaysWhyAndWhereTheBackupIsWithoutAStackTrace() throws IOException {
		Path file = this.dir.resolve("users.db");
		assertThat(run("migrate", "-D", "sqlite:" + file, "--target-version=20250120000015").exitCode()).isZero();
		// Version 17 creates this table: it fails there, after the backup.
		TestSqlite.execute(file, "CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		Result migrate = run("migrate", "-D", "sqlite:" + file);
		assertThat(migrate.exitCode()).isEqualTo(1);
		assertThat(migrate.out()).startsWith("Backed up the database to ")
			.contains("20250120000017 chat schema: started")
			.containsPattern("20250120000017 chat schema: failed in \\d+ ms");
		assertThat(migrate.err()).startsWith("Error: Pierre schema migration failed: ")
			.contains("chat_conversations")
			.contains("The database as it was before this run is backed up at " + this.dir.toRealPath())
			.doesNotContain("\tat ")
			.doesNotContain("APPLICATION FAILED TO START");
		assertThat(run("validate", "-D", "sqlite:" + file).err())
			.startsWith("Error: Pierre schema validation failed: ");
	}

	@Test
	void badPropertyValueFailsNamingItAndLeavesNothingBehind() {
		Result result = run("migrate", "-D", "sqlite:./users.db", "--pierre.database.history-table=x; DROP TABLE users");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err())
			.isEqualTo("Error: pierre.database.history-table 'x; DROP TABLE users' is not a plain SQL identifier "
					+ "(a letter or underscore, then letters, digits or underscores, at most 63)" + System.lineSeparator());
		Result timeout = run("info", "-D", "sqlite:./users.db", "--pierre.database.connect-timeout=soon");
		assertThat(timeout.exitCode()).isEqualTo(1);
		assertThat(timeout.err()).startsWith("Error: pierre.database.connect-timeout 'soon' is not valid: ");
		Result target = run("migrate", "-D", "sqlite:./users.db", "--target-version", "20250120000016");
		assertThat(target.exitCode()).isEqualTo(1);
		assertThat(target.err()).startsWith("Error: pierre.database.target '20250120000016' is not a version of the Pierre schema");
		assertThat(this.dir.resolve("users.db")).doesNotExist();
	}

	private Result run(String... args) {
		return run(Map.of(), args);
	}

	private Result run(Map<String, String> environment, String... args) {
		return new ServiceProcess(this.dir, environment).run(args);
	}

}
