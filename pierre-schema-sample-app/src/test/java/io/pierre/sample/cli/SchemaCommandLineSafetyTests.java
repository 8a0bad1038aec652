package io.pierre.sample.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against bad input, a changed history and repair: a message that names the
 * property or the cause, exit code 1, the database as it was, and no password in anything it
 * prints.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaCommandLineSafetyTests {

	private static final String PASSWORD = "Pw" + UUID.randomUUID().toString().replace("-", "");

	@TempDir
	Path dir;

	private final List<Run> runs = new ArrayList<>();

	@Test
	void repairIsACommand() {
		assertThat(SchemaCommandLine.isCommand(new String[] { "repair" })).isTrue();
	}

	@Test
	void modifiedScriptFailsMigrateUntilRepaired() {
		Path file = this.dir.resolve("cli.db");
		String url = "--pierre.database.url=jdbc:sqlite:" + file;
		assertThat(run("migrate", url).exitCode()).isZero();
		TestSqlite.execute(file, "UPDATE pierre_schema_history SET checksum = checksum + 1 WHERE version = '20250120000007'");
		Run migrate = run("migrate", url);
		assertThat(migrate.exitCode()).isEqualTo(1);
		assertThat(migrate.err()).startsWith("Error: Applied Pierre schema versions no longer match the embedded "
				+ "scripts (20250120000007: checksum mismatch), so nothing was migrated.")
			.contains("run repair");
		Run repair = run("repair", url);
		assertThat(repair.exitCode()).isZero();
		assertThat(repair.out()).startsWith(
				"Pierre schema: repaired the history: recorded the embedded checksum of 20250120000007 (SQLite ");
		assertThat(run("validate", url).exitCode()).isZero();
		Run again = run("repair", url);
		assertThat(again.exitCode()).isZero();
		assertThat(again.out()).startsWith("Pierre schema: nothing to repair (SQLite ");
	}

	@Test
	void failedMigrateSaysWhereTheBackupIs() throws IOException {
		Path file = this.dir.resolve("cli.db");
		String url = "--pierre.database.url=jdbc:sqlite:" + file;
		assertThat(run("migrate", url, "--pierre.database.target=20250120000015").exitCode()).isZero();
		// Version 17 creates this table: it fails there, after the backup.
		TestSqlite.execute(file, "CREATE TABLE chat_conversations (id TEXT PRIMARY KEY)");
		Run migrate = run("migrate", url);
		assertThat(migrate.exitCode()).isEqualTo(1);
		assertThat(migrate.err()).startsWith("Error: Pierre schema migration failed: ").contains("chat_conversations");
		String backup = migrate.err()
			.lines()
			.filter((line) -> line.startsWith("The database as it was before this run is backed up at "))
			.map((line) -> line.substring(line.lastIndexOf(' ') + 1))
			.findFirst()
			.orElseThrow();
		assertThat(Path.of(backup)).isRegularFile();
		assertThat(Path.of(backup).getParent().toRealPath()).isEqualTo(this.dir.toRealPath());
		assertThat(Path.of(backup).getFileName().toString()).startsWith("cli.backup-20250120000015-");
	}

	@Test
	void historyFromANewerReleaseIsRefusedUnlessIgnored() throws IOException {
		Path file = this.dir.resolve("cli.db");
		String url = "--pierre.database.url=jdbc:sqlite:" + file;
		assertThat(run("migrate", url).exitCode()).isZero();
		TestSqlite.execute(file, "INSERT INTO pierre_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, execution_time, success) VALUES (100, '20250301000001', 'newer', 'SQL', "
				+ "'V20250301000001__newer.sql', 1, 'test', 1, 1)");
		byte[] before = Files.readAllBytes(file);
		Run refused = run("migrate", url);
		assertThat(refused.exitCode()).isEqualTo(1);
		assertThat(refused.err()).contains("does not know (20250301000001; it knows up to 20250120000021)")
			.contains("pierre.database.ignore-future-versions=true");
		assertThat(run("repair", url).exitCode()).isEqualTo(1);
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		Run accepted = run("migrate", url, "--pierre.database.ignore-future-versions=true");
		assertThat(accepted.exitCode()).isZero();
		assertThat(accepted.out()).startsWith("Pierre schema: up to date at 20250301000001");
	}

	@Test
	void badSqliteInputExitsOneAndLeavesTheFilesAsTheyWere() throws IOException {
		Path file = this.dir.resolve("users.db");
		assertFails("pierre.database.target '20250120000016' is not a version of the Pierre schema", "migrate",
				"--pierre.database.url=jdbc:sqlite:" + file, "--pierre.database.target=20250120000016");
		assertFails("pierre.database.schema 'x; DROP TABLE users' is not a plain SQL identifier", "migrate",
				"--pierre.database.url=jdbc:sqlite:" + file, "--pierre.database.schema=x; DROP TABLE users");
		assertFails("pierre.database.url names another database: jdbc:mysql://localhost/pierre", "migrate",
				"--pierre.database.url=jdbc:mysql://localhost/pierre");
		assertThat(file).doesNotExist();
		Path folder = Files.createDirectory(this.dir.resolve("folder.db"));
		assertFails("names a folder, not a SQLite database file", "migrate", "--pierre.database.url=jdbc:sqlite:" + folder);
		assertThat(folder).isEmptyDirectory();
		Path text = Files.writeString(this.dir.resolve("text.db"), "not a database, only text");
		assertFails("names a file that is not a SQLite database", "migrate", "--pierre.database.url=jdbc:sqlite:" + text);
		assertThat(text).hasContent("not a database, only text");
	}

	@Test
	void badPostgresqlInputExitsOneCreatesNothingAndNeverPrintsThePassword(CapturedOutput output) throws IOException {
		try (PostgresDatabase database = TestPostgres.createDatabase();
				ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			String withPassword = "postgres://" + database.username() + ":" + PASSWORD + "@"
					+ database.url().substring("jdbc:postgresql://".length());
			assertFails("Could not connect to the Pierre database: ", "migrate",
					"--pierre.database.url=postgres://postgres:" + PASSWORD + "@127.0.0.1:" + silent.getLocalPort()
							+ "/pierre",
					"--pierre.database.connect-timeout=1s");
			assertFails("\"no_such_role\"", "migrate", "--pierre.database.url=" + database.url(),
					"--pierre.database.username=no_such_role", "--pierre.database.password=" + PASSWORD);
			assertFails("pierre.database.schema 'pierre; DROP SCHEMA public' is not a plain SQL identifier", "migrate",
					"--pierre.database.url=" + withPassword, "--pierre.database.schema=pierre; DROP SCHEMA public");
			assertFails("pierre.database.url 'postgres://postgres:****@bad host/pierre' is not a valid database URL",
					"info", "--pierre.database.url=postgres://postgres:" + PASSWORD + "@bad host/pierre");
			assertFails("pierre.database.target '1' is not a version of the Pierre schema", "migrate",
					"--pierre.database.url=" + withPassword, "--pierre.database.target=1");
			assertThat(new JdbcTemplate(database.dataSource()).queryForList(
					"SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
							+ "('pg_catalog', 'information_schema')",
					String.class))
				.isEmpty();
			// And when it works: migrate, info, validate, repair.
			for (String command : List.of("migrate", "info", "validate", "repair")) {
				assertThat(run(command, "--pierre.database.url=" + withPassword).exitCode()).as(command).isZero();
			}
		}
		assertThat(output.getAll()).doesNotContain(PASSWORD);
		assertThat(this.runs).allSatisfy((run) -> {
			assertThat(run.out()).doesNotContain(PASSWORD);
			assertThat(run.err()).doesNotContain(PASSWORD);
		});
	}

	private void assertFails(String message, String command, String... args) {
		Run run = run(command, args);
		assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
		assertThat(run.err()).startsWith("Error: ").contains(message);
	}

	private Run run(String command, String... args) {
		String[] all = new String[args.length + 1];
		all[0] = command;
		System.arraycopy(args, 0, all, 1, args.length);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = new SchemaCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(all);
		Run run = new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		this.runs.add(run);
		return run;
	}

	private record Run(int exitCode, String out, String err) {
	}

}
