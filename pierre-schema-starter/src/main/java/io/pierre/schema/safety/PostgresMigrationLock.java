package io.pierre.schema.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.pierre.schema.history.HistoryTable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Serializes the starter's migrations of one PostgreSQL database across processes, around
 * re-reading the state and running Flyway. Flyway's own advisory lock covers applying versions
 * but not its first steps: an instance that finds no history table yet can see another's first
 * version committed a moment later and try to baseline the schema, which fails its start.
 * <p>
 * A transaction-scoped advisory lock on a connection of its own, so that it ends with that
 * transaction whatever happens, and never outlives it on a pooled connection. Its two-key form
 * is a key space that Flyway's single-key lock cannot collide with.
 */
final class PostgresMigrationLock implements MigrationLock {

	/** "PIER": the first key, the same for every database and schema. */
	private static final int KEY_SPACE = 0x50494552;

	/** How long a waiting instance sleeps between two tries. */
	private static final long RETRY_MILLIS = 100;

	/** What the lock's session shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "Pierre schema migration lock";

	private static final Log logger = LogFactory.getLog(PostgresMigrationLock.class);

	private final Connection connection;

	private PostgresMigrationLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock of one history table, waiting for whoever holds it. Uses one connection of
	 * the DataSource until closed, besides those that the work under the lock uses.
	 * @param dataSource the database
	 * @param historyTable the history table, whose schema and name name the lock
	 * @return the lock
	 * @throws SQLException if the lock cannot be taken
	 */
	static PostgresMigrationLock acquire(DataSource dataSource, HistoryTable historyTable) throws SQLException {
		String schema = (historyTable.schema() != null) ? historyTable.schema() : "";
		int key = (schema + "." + historyTable.name()).hashCode();
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			// Tried in turns rather than waited for in one statement: a statement keeps a snapshot
			// while it waits, and a concurrent index build that the holder runs waits for every
			// older snapshot, so a waiting instance would stall it for good.
			boolean logged = false;
			while (!tryLock(connection, key)) {
				if (!logged) {
					logger.info("Pierre schema: waiting for another process to finish migrating the database");
					logged = true;
				}
				Thread.sleep(RETRY_MILLIS);
			}
			return new PostgresMigrationLock(connection);
		}
		catch (SQLException | RuntimeException ex) {
			release(connection);
			throw ex;
		}
		catch (InterruptedException ex) {
			release(connection);
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while waiting for the migration lock", ex);
		}
	}

	private static boolean tryLock(Connection connection, int key) throws SQLException {
		boolean locked = query(connection, "SELECT pg_try_advisory_xact_lock(?, ?)", key);
		// A statement that needs no snapshot replaces the query's portal, which would otherwise
		// keep its snapshot while the transaction stays open.
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL application_name = '" + APPLICATION_NAME + "'");
		}
		return locked;
	}

	private static boolean query(Connection connection, String sql, int key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, KEY_SPACE);
			statement.setInt(2, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	@Override
	public void close() {
		release(this.connection);
	}

	private static void release(Connection connection) {
		try {
			// Ending the transaction releases the lock.
			connection.rollback();
		}
		catch (SQLException ex) {
			logger.debug("Could not end the migration lock's transaction", ex);
		}
		finally {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close the migration lock's connection", ex);
			}
		}
	}

}
