package io.pierre.schema.locks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.catalog.ScriptStatements;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The slow parts of a PostgreSQL version, done before its transaction with locks that let a live
 * service read and write ({@code db/pierre/prepare/postgresql/V<version>.sql}): each statement is
 * written to do only what is not done yet, so that a preparation interrupted anywhere is
 * completed by the next start, and the version's own script finds the work done. Every statement
 * but a concurrent index build runs in a transaction of its own with the versions' lock timeout
 * and retries; a concurrent index build cannot run in a transaction, and waits for the
 * transactions before it without blocking anyone.
 */
public final class OnlinePreparation {

	/** Where the preparations are, relative to the classpath root. */
	public static final String FOLDER = "db/pierre/prepare/postgresql";

	private static final String SCHEMA_PREFIX = "${schema_prefix}";

	private static final String CONCURRENT_INDEX = "CREATE INDEX CONCURRENTLY";

	private static final Log logger = LogFactory.getLog(OnlinePreparation.class);

	private final SchemaVersion version;

	private final List<String> statements;

	private final RandomGenerator random = new SplittableRandom();

	private OnlinePreparation(SchemaVersion version, List<String> statements) {
		this.version = version;
		this.statements = statements;
	}

	/**
	 * The preparation of a version, if it has one.
	 * @param classLoader where the scripts are
	 * @param version the version
	 * @return its preparation, or empty
	 */
	public static Optional<OnlinePreparation> of(ClassLoader classLoader, SchemaVersion version) {
		try (InputStream input = classLoader.getResourceAsStream(FOLDER + "/V" + version.text() + ".sql")) {
			if (input == null) {
				return Optional.empty();
			}
			return Optional.of(new OnlinePreparation(version,
					ScriptStatements.of(new String(input.readAllBytes(), StandardCharsets.UTF_8))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the preparation of version " + version, ex);
		}
	}

	/**
	 * The version it prepares.
	 * @return the version
	 */
	public SchemaVersion version() {
		return this.version;
	}

	/**
	 * Runs the preparation.
	 * @param dataSource the database, at the version before
	 * @param schema the schema of the Pierre tables, or {@code null} for the connection's own
	 * @param lockWait how each statement waits for its locks
	 * @throws SchemaMigrationException if a statement fails, or its lock waits time out on every
	 * attempt; what the statements before it did stays, and the next start goes on from there
	 */
	public void run(DataSource dataSource, String schema, LockWaitSettings lockWait) {
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			try {
				for (String statement : this.statements) {
					if (statement.startsWith(CONCURRENT_INDEX)) {
						runAlone(connection,
								statement.replace(SCHEMA_PREFIX, (schema != null) ? quote(schema) + "." : ""));
					}
					else {
						runInTransaction(connection, statement, schema, lockWait);
					}
				}
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not prepare version " + this.version + " before its transaction: "
					+ ex.getMessage() + ". The database stays at the version before; the next start goes on from "
					+ "what was done.", ex);
		}
		logger.info("Pierre schema: prepared version " + this.version + " without blocking reads or writes in "
				+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
	}

	private static void runAlone(Connection connection, String sql) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private void runInTransaction(Connection connection, String sql, String schema, LockWaitSettings lockWait)
			throws SQLException {
		connection.setAutoCommit(false);
		for (int retry = 1;; retry++) {
			try (Statement statement = connection.createStatement()) {
				for (String setting : lockWait.transactionSettings()) {
					statement.execute(setting);
				}
				if (schema != null) {
					statement.execute("SET LOCAL search_path = " + quote(schema));
				}
				statement.execute(sql);
				connection.commit();
				return;
			}
			catch (SQLException ex) {
				connection.rollback();
				if (!LockWaitTimeoutException.isLockTimeout(ex) || retry > lockWait.retries()) {
					throw ex;
				}
				Duration pause = lockWait.pauseBefore(retry, this.random);
				logger.warn("Pierre schema: preparing version " + this.version + ", a statement waited longer than the "
						+ "lock timeout of " + lockWait.lockTimeout().toMillis() + " ms; retry " + retry + " of "
						+ lockWait.retries() + " in " + pause.toMillis() + " ms");
				sleep(pause);
			}
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier + "\"";
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchemaMigrationException("Interrupted while preparing a version", ex);
		}
	}

}
