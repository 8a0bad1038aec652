package io.pierre.schema.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Backs a SQLite file up before the schema in it changes, as the backup policy says: a file
 * without tables has nothing to lose and is not copied.
 */
public final class SqliteBackups {

	private static final Log logger = LogFactory.getLog(SqliteBackups.class);

	private final BackupPolicy policy;

	private final Clock clock;

	public SqliteBackups(BackupPolicy policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Copies the file beside itself unless the policy says not to or it holds no table.
	 * @param connection a connection to the database, outside any transaction
	 * @param file the database's file
	 * @param version the version that the copy holds, {@code 0} for none
	 * @param change what is about to happen, for the log
	 * @return the copy, empty when none was made
	 * @throws SQLException if the file cannot be read or the copy written
	 * @throws java.io.UncheckedIOException if the copy cannot be renamed, or old copies not listed
	 */
	public Optional<Path> before(Connection connection, Path file, String version, String change) throws SQLException {
		if (!this.policy.enabled() || !SqliteDatabaseFile.hasTables(connection)) {
			return Optional.empty();
		}
		long start = System.nanoTime();
		Path backup = new SqliteBackup(this.policy.keep(), this.clock).backUp(connection, file, version);
		logger.info("Pierre schema: backed up " + file + " at version " + version + " to " + backup + " in "
				+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms before " + change);
		return Optional.of(backup);
	}

}
