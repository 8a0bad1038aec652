package io.pierre.schema.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only promise: {@code info}, {@code validate} and {@code --dry-run} change nothing and
 * create nothing, whatever else is passed, such as a startup mode that would migrate.
 */
class ReadOnlyCommandsTests {

	private static final String[][] READ_ONLY = { { "info" }, { "validate" }, { "migrate", "--dry-run" },
			{ "run", "--dry-run", "--target-version=20250120000012" } };

	private static final String[] EVERYTHING_ELSE = { "--pierre.database.mode=migrate",
			"--pierre.database.sqlite.journal-mode=DELETE", "--pierre.database.backup.enabled=true" };

	@TempDir
	Path dir;

	@Test
	void aMissingFileOrFolderIsReportedAndNotCreated() {
		Map<String, String> before = files();
		for (String url : new String[] { "sqlite:./users.db", "sqlite:./data/users.db", "sqlite:./data/deeper/users.db" }) {
			for (String[] command : READ_ONLY) {
				Result result = run(command, url);
				assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(1);
				assertThat(result.err()).startsWith("Error: The SQLite database " + this.dir.toAbsolutePath())
					.endsWith(" does not exist; nothing was created" + System.lineSeparator());
			}
		}
		assertThat(files()).isEqualTo(before).isEmpty();
	}

	@Test
	void anExistingFileIsLeftAsItWasByteForByte() {
		// WAL mode, closed: no write-ahead log beside it, which even a read-only connection would leave.
		assertThat(new ServiceProcess(this.dir, Map.of())
			.run("migrate", "-D", "sqlite:./users.db", "--target-version", "20250120000010")
			.exitCode()).isZero();
		Map<String, String> before = files();
		assertThat(before).containsOnlyKeys("users.db", "users.db.pierre-migrate.lock");
		for (String[] command : READ_ONLY) {
			Result result = run(command, "sqlite:./users.db");
			assertReadAndAnswered(command, result);
			assertThat(files()).as(String.join(" ", command)).isEqualTo(before);
		}
	}

	@Test
	void aPostgresqlDatabaseGetsNoSchemaNoHistoryTableNoRow() {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			for (String[] command : READ_ONLY) {
				Result result = run(command, database.url(), "--pierre.database.username=" + database.username(),
						"--pierre.database.password=" + database.checkedPassword(), "--pierre.database.schema=pierre");
				assertReadAndAnswered(command, result);
			}
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
					+ "('pg_catalog', 'information_schema')", String.class)).isEmpty();
			assertThat(jdbc.queryForList("SELECT nspname FROM pg_namespace WHERE nspname = 'pierre'", String.class))
				.isEmpty();
		}
	}

	/**
	 * The command read the database and answered: validate, with versions pending, fails for that
	 * reason and no other (such as a connection it could not make); the others succeed.
	 */
	private static void assertReadAndAnswered(String[] command, Result result) {
		if (command[0].equals("validate")) {
			assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
			assertThat(result.err()).startsWith("Error: Pierre schema validation failed: ").contains(" pending");
		}
		else {
			assertThat(result.exitCode()).as(String.join(" ", command) + result.err()).isZero();
			assertThat(result.out()).startsWith(command[0].equals("info") ? "Pierre schema " : "-- Pierre schema: dry run of ");
		}
	}

	private Result run(String[] command, String url, String... more) {
		String[] args = Stream.of(command, new String[] { "-D", url }, EVERYTHING_ELSE, more)
			.flatMap(Stream::of)
			.toArray(String[]::new);
		return new ServiceProcess(this.dir, Map.of()).run(args);
	}

	/** Every file below the test's folder, with a digest of its bytes; folders as empty entries. */
	private Map<String, String> files() {
		try (Stream<Path> paths = Files.walk(this.dir)) {
			Map<String, String> files = new TreeMap<>();
			paths.filter((path) -> !path.equals(this.dir))
				.forEach((path) -> files.put(this.dir.relativize(path).toString(), bytes(path)));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String bytes(Path path) {
		try {
			return Files.isDirectory(path) ? ""
					: HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
