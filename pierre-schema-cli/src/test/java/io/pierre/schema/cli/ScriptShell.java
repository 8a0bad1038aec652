package io.pierre.schema.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPrerequisites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies a script that a {@code --dry-run} printed the way a DBA would: with the {@code sqlite3}
 * shell or {@code psql -1}, the script on standard input, the shell's output kept in a log file.
 */
final class ScriptShell {

	private final Path directory;

	ScriptShell(Path directory) {
		this.directory = directory;
	}

	/**
	 * The {@code sqlite3} shell on a file, stopping at the first error; the test is skipped (or
	 * fails under {@code CI=true}) without it.
	 * @param file the database file
	 * @return the command
	 */
	static String[] sqlite3(Path file) {
		TestPrerequisites.requireCommand("sqlite3");
		return new String[] { "sqlite3", "-bail", file.toString() };
	}

	/**
	 * {@code psql} applying its standard input in one transaction; the test is skipped (or fails
	 * under {@code CI=true}) without it.
	 * @param database the database
	 * @return the command
	 */
	static String[] psql(PostgresDatabase database) {
		TestPrerequisites.requireCommand("psql");
		return new String[] { "psql", "-q", "-1", "-h", database.url().replaceFirst("jdbc:postgresql://([^:/]+).*", "$1"),
				"-p", database.url().replaceFirst("jdbc:postgresql://[^:/]+:(\\d+)/.*", "$1"), "-U", database.username(),
				"-d", "dbname=" + database.name() + " password=" + database.checkedPassword(), "-f", "-" };
	}

	/**
	 * Applies a SQLite dry-run script into which a row of {@code api_keys} without its user is
	 * written inside every version, just before the script's foreign-key guard, and checks that
	 * the shell stopped at that guard and at nothing else.
	 * @param script the script
	 * @param file the database file
	 * @throws IOException if the script cannot be written or the shell started
	 * @throws InterruptedException if interrupted
	 */
	void applyWithAnOrphan(String script, Path file) throws IOException, InterruptedException {
		String guard = "INSERT INTO temp.pierre_new_orphans";
		assertThat(script).contains(guard);
		String broken = script.replace(guard, "INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, tier, "
				+ "rate_limit_requests, rate_limit_window_seconds, is_active, created_at) VALUES ('k', 'nobody', 'n', "
				+ "'p', 'h', 'trial', 1, 1, 1, '2025-01-01');\n" + guard);
		Process process = run(broken, sqlite3(file));
		assertThat(process.exitValue()).isNotZero();
		assertThat(Files.readString(this.directory.resolve("apply.log"))).contains("CHECK constraint failed: orphans <= 0");
	}

	/**
	 * Applies a script and checks that the shell succeeded.
	 * @param script the script
	 * @param command the shell
	 * @throws IOException if the script cannot be written or the shell started
	 * @throws InterruptedException if interrupted
	 */
	void apply(String script, String... command) throws IOException, InterruptedException {
		Process process = run(script, command);
		assertThat(process.exitValue()).as(Files.readString(this.directory.resolve("apply.log"))).isZero();
	}

	/**
	 * Runs a shell on a script and waits for it to end.
	 * @param script the script
	 * @param command the shell
	 * @return the ended process
	 * @throws IOException if the script cannot be written or the shell started
	 * @throws InterruptedException if interrupted
	 */
	Process run(String script, String... command) throws IOException, InterruptedException {
		Path file = Files.writeString(Files.createTempFile(this.directory, "script", ".sql"), script);
		Process process = new ProcessBuilder(command).redirectInput(file.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("apply.log").toFile())
			.start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return process;
	}

}
