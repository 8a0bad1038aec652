package io.pierre.schema.locks;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import io.pierre.schema.SchemaMigrationException;

/**
 * A version could not take its locks within the lock timeout on any attempt; it was rolled back
 * each time, so it changed nothing.
 */
public class LockWaitTimeoutException extends SchemaMigrationException {

	/** PostgreSQL's lock_not_available, which an expired lock_timeout raises. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final List<BlockingSession> blockers;

	/**
	 * Creates the exception.
	 * @param version the version that could not take its locks
	 * @param settings how it waited
	 * @param blockers the sessions last seen blocking it
	 * @param cause the last attempt's failure
	 */
	public LockWaitTimeoutException(String version, LockWaitSettings settings, List<BlockingSession> blockers,
			Throwable cause) {
		super("Pierre schema migration: version " + version + " waited longer than the lock timeout of "
				+ settings.lockTimeout().toMillis() + " ms on each of " + (settings.retries() + 1)
				+ " attempts, blocked by " + describe(blockers) + ". Each attempt was rolled back, so version "
				+ version + " changed nothing. End or wait for the blocking session and start again, or raise "
				+ "pierre.database.postgresql.lock-retries or pierre.database.postgresql.lock-timeout.", cause);
		this.blockers = List.copyOf(blockers);
	}

	/**
	 * The sessions last seen blocking the version.
	 * @return them, empty if none was seen
	 */
	public List<BlockingSession> getBlockers() {
		return this.blockers;
	}

	/**
	 * The blockers for a message.
	 * @param blockers the sessions
	 * @return one line naming each
	 */
	public static String describe(List<BlockingSession> blockers) {
		if (blockers.isEmpty()) {
			return "a session that had ended before it could be named";
		}
		return blockers.stream().map(BlockingSession::toString).collect(Collectors.joining("; "));
	}

	/**
	 * Whether a failure, or one of its causes, is an expired lock timeout.
	 * @param failure the failure
	 * @return whether it is
	 */
	public static boolean isLockTimeout(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
