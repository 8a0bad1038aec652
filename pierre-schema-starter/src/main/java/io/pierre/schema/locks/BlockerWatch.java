package io.pierre.schema.locks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Looks, on a connection of its own, at what blocks the backend that applies a version, while it
 * runs: once its lock wait times out, the wait and its blockers are gone from the server's views.
 * The blockers last seen are kept until the next version starts.
 */
public final class BlockerWatch implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(BlockerWatch.class);

	/** The query text of pg_stat_activity; the values of a prepared statement's parameters are never in it. */
	private static final String BLOCKERS = "SELECT a.pid, a.application_name, a.state, a.query_start, a.query"
			+ " FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids(?)) ORDER BY a.pid";

	private static final Duration LONGEST_INTERVAL = Duration.ofMillis(200);

	private final DataSource dataSource;

	private final Duration interval;

	private final AtomicInteger watched = new AtomicInteger();

	private volatile List<BlockingSession> lastSeen = List.of();

	private volatile boolean closed;

	private Thread thread;

	/**
	 * Creates a watch that looks a few times within each lock timeout.
	 * @param dataSource where to take its connection
	 * @param lockTimeout the versions' lock timeout
	 */
	public BlockerWatch(DataSource dataSource, Duration lockTimeout) {
		this.dataSource = dataSource;
		Duration quarter = lockTimeout.dividedBy(4);
		this.interval = (quarter.compareTo(LONGEST_INTERVAL) < 0) ? quarter : LONGEST_INTERVAL;
	}

	/**
	 * Starts watching a backend, forgetting the blockers of the one before.
	 * @param pid the backend process id of the connection that applies the version
	 */
	public synchronized void watch(int pid) {
		this.lastSeen = List.of();
		this.watched.set(pid);
		if (this.thread == null) {
			this.thread = new Thread(this::run, "pierre-blocker-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}
	}

	/**
	 * The sessions that last blocked the watched backend.
	 * @return them, empty if none was seen
	 */
	public List<BlockingSession> lastSeen() {
		return this.lastSeen;
	}

	private void run() {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(BLOCKERS);
				Statement refresh = connection.createStatement()) {
			// One transaction for the whole watch, so that behind PgBouncer in transaction mode it
			// keeps one server connection instead of taking one now and then from under the
			// migration's, whose session lock Flyway releases on the one it took it on.
			connection.setAutoCommit(false);
			while (!this.closed) {
				int pid = this.watched.get();
				// Within a transaction the activity views stay as first read unless cleared.
				refresh.execute("SELECT pg_stat_clear_snapshot()");
				List<BlockingSession> blockers = blockers(statement, pid);
				// A statement that needs no snapshot replaces the query's portal and its snapshot,
				// which a concurrent index build of the migration would wait for.
				refresh.execute("SET LOCAL application_name = '" + LockWaitSettings.APPLICATION_NAME + " watch'");
				if (!blockers.isEmpty() && pid == this.watched.get()) {
					this.lastSeen = blockers;
				}
				Thread.sleep(Math.max(1, this.interval.toMillis()));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException | RuntimeException ex) {
			if (!this.closed) {
				logger.debug("Pierre schema: stopped watching for sessions that block the migration", ex);
			}
		}
	}

	private static List<BlockingSession> blockers(PreparedStatement statement, int pid) throws SQLException {
		statement.setInt(1, pid);
		List<BlockingSession> blockers = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				blockers.add(new BlockingSession(rows.getInt(1), rows.getString(2), rows.getString(3),
						rows.getObject(4, OffsetDateTime.class), BlockingSession.withoutValues(rows.getString(5))));
			}
		}
		return List.copyOf(blockers);
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.thread != null) {
			this.thread.interrupt();
			try {
				this.thread.join(Duration.ofSeconds(5).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
