package io.pierre.bench.harness;

import java.nio.file.Path;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The database's own shell, {@code sqlite3} or {@code psql}, running a {@link ShellScript} on one
 * database, timed from its start to its exit: the floor under what any migration tool can take
 * for the same SQL. It stops at the first error ({@code -bail}, {@code ON_ERROR_STOP}), so that a
 * time is always that of a script that ran to its end.
 */
final class DatabaseShell {

	private final String sqliteShell;

	private final PostgresServer postgres;

	/**
	 * Creates the shells.
	 * @param sqliteShell the sqlite3 command
	 * @param postgres the server that psql connects to
	 */
	DatabaseShell(String sqliteShell, PostgresServer postgres) {
		this.sqliteShell = sqliteShell;
		this.postgres = postgres;
	}

	/**
	 * The shell's name, for the results table.
	 * @param kind the database
	 * @return {@code sqlite3 shell} or {@code psql}
	 */
	static String name(DatabaseKind kind) {
		return (kind == DatabaseKind.SQLITE) ? "sqlite3 shell" : "psql";
	}

	/**
	 * Runs a script.
	 * @param database the database
	 * @param script the SQL file
	 * @param log where the shell's output goes
	 * @return the wall time in milliseconds
	 */
	double run(DatabaseTarget database, Path script, Path log) {
		if (database.kind() == DatabaseKind.SQLITE) {
			String file = database.url().substring("jdbc:sqlite:".length());
			return ProcessRunner.timed(List.of(this.sqliteShell, "-bail", file), script, log);
		}
		String name = database.url().substring(database.url().lastIndexOf('/') + 1);
		return ProcessRunner.timed(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", this.postgres.host(),
				"-p", Integer.toString(this.postgres.port()), "-U", this.postgres.user(), "-d", name, "-f",
				script.toString()), null, log);
	}

}
