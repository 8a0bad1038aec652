package io.pierre.schema.locks;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How each PostgreSQL version waits for its locks, and how its connection is set up.
 * <p>
 * A statement that waits for a lock makes every later statement on that table wait behind it,
 * however weak their own lock; a short lock timeout bounds how long a live service's queries queue
 * behind the migration. A version whose wait times out is rolled back and tried again after a
 * pause that doubles from {@code firstRetryPause} up to {@link #MAXIMUM_PAUSE}, each jittered to
 * between half and all of it, so that instances and retries do not line up.
 *
 * @param lockTimeout how long one statement of a version may wait for a lock
 * @param retries how many times a version whose lock wait timed out is tried again
 * @param firstRetryPause the pause before the first retry
 * @param statementTimeout how long one statement of a version may run, zero for no limit
 */
public record LockWaitSettings(Duration lockTimeout, int retries, Duration firstRetryPause,
		Duration statementTimeout) {

	/** The longest pause between two attempts. */
	public static final Duration MAXIMUM_PAUSE = Duration.ofSeconds(30);

	/** What a migration's connection says it is in {@code pg_stat_activity}. */
	public static final String APPLICATION_NAME = "Pierre schema migration";

	public LockWaitSettings {
		if (lockTimeout.isNegative() || lockTimeout.isZero()) {
			throw new IllegalArgumentException("The lock timeout must be positive");
		}
		if (retries < 0) {
			throw new IllegalArgumentException("The lock retries must not be negative");
		}
		if (firstRetryPause.isNegative()) {
			throw new IllegalArgumentException("The first retry pause must not be negative");
		}
		if (statementTimeout.isNegative()) {
			throw new IllegalArgumentException("The statement timeout must not be negative");
		}
	}

	/**
	 * A 500 ms lock timeout, 15 retries from a 1 s pause (about four minutes in all, enough for a
	 * one-minute report to end), no statement timeout.
	 * @return the settings
	 */
	public static LockWaitSettings defaults() {
		return new LockWaitSettings(Duration.ofMillis(500), 15, Duration.ofSeconds(1), Duration.ZERO);
	}

	/**
	 * The pause before a retry.
	 * @param retry which retry, from 1
	 * @param random the source of the jitter
	 * @return the pause
	 */
	public Duration pauseBefore(int retry, RandomGenerator random) {
		long first = this.firstRetryPause.toMillis();
		long ceiling = Math.max(first, MAXIMUM_PAUSE.toMillis());
		long grown = first;
		for (int i = 1; i < retry && grown < ceiling; i++) {
			grown *= 2;
		}
		long full = Math.min(grown, ceiling);
		return Duration.ofMillis(full / 2 + ((full > 1) ? random.nextLong(full - full / 2 + 1) : full));
	}

	/**
	 * A duration as PostgreSQL's time settings take it, in milliseconds.
	 * @param duration the duration
	 * @return the setting's value
	 */
	static String setting(Duration duration) {
		return duration.toMillis() + "ms";
	}

	/**
	 * The statements that set up a version's transaction: its lock and statement timeouts and the
	 * name it shows, all for that transaction only, so that nothing stays on a pooled connection
	 * or, behind PgBouncer, on a server connection that another client gets next.
	 * @return the statements
	 */
	public String[] transactionSettings() {
		return new String[] { "SET LOCAL lock_timeout = '" + setting(this.lockTimeout) + "'",
				"SET LOCAL statement_timeout = '" + setting(this.statementTimeout) + "'",
				"SET LOCAL application_name = '" + APPLICATION_NAME + "'" };
	}

}
