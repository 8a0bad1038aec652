package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * A service's steady load of the sample app's kind: reads and writes of single rows of
 * {@code users}, {@code api_keys} and {@code a2a_clients} by key, through a pool, started at a fixed
 * rate whatever the database does. Each query's wait is counted from the moment it was due, so
 * that queries queued behind a slow one count their queueing too. The waits and failures are kept
 * by phase (before, during and after an upgrade).
 */
final class FixedRateWorkload implements AutoCloseable {

	/** The queries, in turn; every column they name is in every version from 13 on. */
	private static final List<String> QUERIES = List.of("SELECT id, email, last_active FROM users WHERE id = ?",
			"UPDATE users SET last_active = last_active WHERE id = ?",
			"SELECT id, name, is_active FROM api_keys WHERE user_id = ?",
			"UPDATE api_keys SET last_used_at = last_used_at WHERE user_id = ?",
			"SELECT id, name FROM a2a_clients WHERE id = ?",
			"UPDATE a2a_clients SET updated_at = updated_at WHERE id = ?");

	private final DataSource pool;

	private final List<String> userIds;

	private final List<String> clientIds;

	private final int perSecond;

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService workers;

	private final AtomicLong sequence = new AtomicLong();

	private final Map<String, Queue<Double>> waits = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

	private final Map<String, List<String>> failureMessages = new ConcurrentHashMap<>();

	private volatile String phase = "before";

	/**
	 * Creates the workload; it starts with {@link #start()}.
	 * @param pool the service's pool
	 * @param userIds ids of existing users, which the queries take in turn
	 * @param clientIds ids of existing A2A clients
	 * @param perSecond how many queries start each second
	 * @param threads the most that run at once
	 */
	FixedRateWorkload(DataSource pool, List<String> userIds, List<String> clientIds, int perSecond, int threads) {
		this.pool = pool;
		this.userIds = List.copyOf(userIds);
		this.clientIds = List.copyOf(clientIds);
		this.perSecond = perSecond;
		this.workers = Executors.newFixedThreadPool(threads);
	}

	void start() {
		long periodNanos = TimeUnit.SECONDS.toNanos(1) / this.perSecond;
		this.clock.scheduleAtFixedRate(() -> {
			long due = System.nanoTime();
			long n = this.sequence.getAndIncrement();
			String phaseAtStart = this.phase;
			this.workers.execute(() -> runOne(n, due, phaseAtStart));
		}, 0, periodNanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * Counts what follows in another phase.
	 * @param phase such as {@code during}
	 */
	void phase(String phase) {
		this.phase = phase;
	}

	private void runOne(long n, long due, String phaseAtStart) {
		String sql = QUERIES.get((int) (n % QUERIES.size()));
		List<String> keys = sql.contains("a2a_clients") ? this.clientIds : this.userIds;
		String key = keys.get((int) ((n / QUERIES.size()) % keys.size()));
		try (Connection connection = this.pool.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, key);
			if (statement.execute()) {
				try (ResultSet rows = statement.getResultSet()) {
					while (rows.next()) {
						// Read the rows as a service would.
					}
				}
			}
			this.waits.computeIfAbsent(phaseAtStart, (p) -> new ConcurrentLinkedQueue<>())
				.add((System.nanoTime() - due) / 1e6);
		}
		catch (SQLException | RuntimeException ex) {
			this.failures.computeIfAbsent(phaseAtStart, (p) -> new AtomicInteger()).incrementAndGet();
			List<String> messages = this.failureMessages.computeIfAbsent(phaseAtStart,
					(p) -> Collections.synchronizedList(new ArrayList<>()));
			if (messages.size() < 5) {
				messages.add(sql + ": " + ex.getMessage());
			}
		}
	}

	/**
	 * The waits of one phase, in milliseconds from when each query was due.
	 * @param phase the phase
	 * @return the waits, empty if none ran
	 */
	Samples waits(String phase) {
		Samples samples = new Samples();
		this.waits.getOrDefault(phase, new ConcurrentLinkedQueue<>()).forEach(samples::add);
		return samples;
	}

	int failures(String phase) {
		AtomicInteger count = this.failures.get(phase);
		return (count != null) ? count.get() : 0;
	}

	List<String> failureMessages(String phase) {
		return List.copyOf(this.failureMessages.getOrDefault(phase, List.of()));
	}

	@Override
	public void close() throws InterruptedException {
		this.clock.shutdownNow();
		this.workers.shutdown();
		this.workers.awaitTermination(2, TimeUnit.MINUTES);
	}

}
