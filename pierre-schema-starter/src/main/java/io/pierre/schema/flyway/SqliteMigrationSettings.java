package io.pierre.schema.flyway;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.SchemaMigrationException;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

import org.springframework.util.unit.DataSize;

/**
 * What the SQLite connection that runs the versions needs for the run, and what it had before:
 * foreign-key enforcement off (SQLite's procedure for table rebuilds), the page cache that
 * {@link SqliteMigrationCache} sizes, temporary storage in memory, and transactions that take the
 * write lock as they begin. The connection may come from the application's pool, so it gets its
 * own settings back afterwards.
 * <p>
 * A version's transaction begun the default way (deferred) takes the write lock at its first
 * write; if a live service wrote to the file after the transaction's first read, that write fails
 * at once with {@code SQLITE_BUSY_SNAPSHOT}, which no busy timeout waits out. Begun immediate, it
 * waits for the service's writer instead, up to the busy timeout, and then holds the lock.
 */
final class SqliteMigrationSettings {

	/**
	 * Temporary storage in memory ({@code temp_store = MEMORY}): the sorts of index builds and the
	 * temporary tables of a version stay off the disk. They hold keys, not rows.
	 */
	private static final int TEMP_STORE_MEMORY = 2;

	private final boolean foreignKeys;

	private final long cacheSize;

	private final int tempStore;

	private final TransactionMode transactionMode;

	private SqliteMigrationSettings(boolean foreignKeys, long cacheSize, int tempStore,
			TransactionMode transactionMode) {
		this.foreignKeys = foreignKeys;
		this.cacheSize = cacheSize;
		this.tempStore = tempStore;
		this.transactionMode = transactionMode;
	}

	/**
	 * Notes the connection's settings and gives it the migration's.
	 * @param connection a connection outside any transaction
	 * @param cache the page cache while versions run
	 * @return the settings to restore
	 * @throws SQLException if the connection fails
	 * @throws SchemaMigrationException if enforcement cannot be turned off: the connection is
	 * inside a transaction
	 */
	static SqliteMigrationSettings apply(Connection connection, DataSize cache) throws SQLException {
		SQLiteConnectionConfig config = config(connection);
		SqliteMigrationSettings previous = new SqliteMigrationSettings(readInt(connection, "foreign_keys") == 1,
				readLong(connection, "cache_size"), readInt(connection, "temp_store"), config.getTransactionMode());
		setForeignKeys(connection, false);
		config.setTransactionMode(TransactionMode.IMMEDIATE);
		// The pragma's unit for a size in bytes: negative KiB.
		set(connection, "cache_size", -cache.toKilobytes());
		set(connection, "temp_store", TEMP_STORE_MEMORY);
		return previous;
	}

	/**
	 * Gives the connection its settings back, also after a failed version, whose transaction Flyway
	 * has rolled back.
	 * @param connection the connection that ran the versions
	 * @throws SQLException if the connection fails
	 */
	void restore(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
			connection.setAutoCommit(true);
		}
		set(connection, "cache_size", this.cacheSize);
		set(connection, "temp_store", this.tempStore);
		config(connection).setTransactionMode(this.transactionMode);
		if (this.foreignKeys) {
			setForeignKeys(connection, true);
		}
	}

	private static SQLiteConnectionConfig config(Connection connection) throws SQLException {
		return connection.unwrap(SQLiteConnection.class).getConnectionConfig();
	}

	/** Sets enforcement and checks that it took: inside a transaction the pragma does nothing. */
	private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
		set(connection, "foreign_keys", on ? 1 : 0);
		if ((readInt(connection, "foreign_keys") == 1) != on) {
			throw new SchemaMigrationException("Could not turn SQLite foreign key enforcement " + (on ? "on" : "off")
					+ " for the Pierre schema migration: the connection is inside a transaction"
					+ (on ? "" : "; nothing was migrated"));
		}
	}

	private static void set(Connection connection, String pragma, long value) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("PRAGMA " + pragma + " = " + value);
		}
	}

	private static int readInt(Connection connection, String pragma) throws SQLException {
		return (int) readLong(connection, pragma);
	}

	private static long readLong(Connection connection, String pragma) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
			result.next();
			return result.getLong(1);
		}
	}

}
