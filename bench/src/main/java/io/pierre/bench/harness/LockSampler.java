package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Watches, on PostgreSQL, the table locks that the upgrade's version transactions hold (they name
 * themselves "Pierre schema migration") and that block a service's writes or reads: how long each
 * table held each such lock at a stretch, the longest stretch kept. Sampled every few tens of
 * milliseconds, so a stretch is known to within that.
 */
final class LockSampler implements AutoCloseable {

	private static final String HELD = "SELECT c.relname, l.mode FROM pg_locks l"
			+ " JOIN pg_stat_activity a ON a.pid = l.pid JOIN pg_class c ON c.oid = l.relation"
			+ " WHERE a.application_name = 'Pierre schema migration' AND l.locktype = 'relation' AND l.granted"
			+ " AND c.relkind = 'r' AND l.mode IN ('ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock',"
			+ " 'AccessExclusiveLock')";

	private static final long INTERVAL_MILLIS = 20;

	private final Connection connection;

	private final Map<String, Long> since = new HashMap<>();

	private final Map<String, Double> longest = new TreeMap<>();

	private final Thread thread;

	private volatile boolean closed;

	LockSampler(Connection connection) {
		this.connection = connection;
		this.thread = new Thread(this::run, "lock-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * What each lock blocks.
	 * @param mode the lock mode
	 * @return {@code reads and writes} or {@code writes}
	 */
	static String blocks(String mode) {
		return mode.equals("AccessExclusiveLock") ? "reads and writes" : "writes";
	}

	private void run() {
		try (Statement statement = this.connection.createStatement()) {
			while (!this.closed) {
				long now = System.nanoTime();
				Set<String> held = new HashSet<>();
				try (ResultSet rows = statement.executeQuery(HELD)) {
					while (rows.next()) {
						held.add(rows.getString(1) + " " + rows.getString(2));
					}
				}
				synchronized (this) {
					for (String lock : held) {
						long start = this.since.computeIfAbsent(lock, (l) -> now);
						this.longest.merge(lock, (now - start) / 1e6, Math::max);
					}
					this.since.keySet().retainAll(held);
				}
				Thread.sleep(INTERVAL_MILLIS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException ex) {
			if (!this.closed) {
				System.err.println("lock sampler stopped: " + ex.getMessage());
			}
		}
	}

	/**
	 * The longest stretch that each table held each lock, in milliseconds.
	 * @return "table mode" to milliseconds
	 */
	synchronized Map<String, Double> longestHolds() {
		return new TreeMap<>(this.longest);
	}

	@Override
	public void close() throws InterruptedException {
		this.closed = true;
		this.thread.interrupt();
		this.thread.join(5_000);
	}

}
