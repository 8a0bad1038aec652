package io.pierre.schema.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.catalog.MigrationLocations;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.history.MigrationListener;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.locks.BlockerWatch;
import io.pierre.schema.locks.LockWaitTimeoutException;
import io.pierre.schema.locks.LockWaitSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.RepairOutput;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Applies the embedded scripts with Flyway. The only class that touches Flyway, so that Flyway is
 * loaded only when there is work for it.
 * <p>
 * Each version runs in one transaction with its history row, on one connection: a version that
 * fails or is interrupted leaves the database at the version before. On SQLite that connection has
 * the settings of {@link SqliteMigrationSettings} for the run, and gets its own back afterwards.
 */
public final class FlywayMigrationRunner {

	private final HistoryTable historyTable;

	private final SchemaVersion target;

	private static final Log logger = LogFactory.getLog(FlywayMigrationRunner.class);

	private final ClassLoader classLoader;

	private final RandomGenerator random = new SplittableRandom();

	/**
	 * Creates a runner.
	 * @param historyTable where the history is kept
	 * @param target the last version to apply, or {@code null} for the newest
	 * @param classLoader the class loader that holds the scripts
	 */
	public FlywayMigrationRunner(HistoryTable historyTable, SchemaVersion target, ClassLoader classLoader) {
		this.historyTable = historyTable;
		this.target = target;
		this.classLoader = classLoader;
	}

	/**
	 * Applies every pending version up to the target.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @return how many versions were applied
	 * @throws SQLException if the database cannot be reached
	 */
	public int migrate(DataSource dataSource, DatabaseKind kind) throws SQLException {
		return migrate(dataSource, kind, MigrationListener.NONE,
				SqliteMigrationCache.nothingRewritten(SqliteMigrationCache.SQLITE_DEFAULT), LockWaitSettings.defaults());
	}

	/**
	 * Applies every pending version up to the target, telling a listener as each starts and ends.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param listener told of each version
	 * @param sqliteCache the page cache of the connection that applies the versions on SQLite
	 * @param lockWait how each version waits for its locks on PostgreSQL
	 * @return how many versions were applied
	 * @throws SQLException if the database cannot be reached
	 * @throws LockWaitTimeoutException if a version's lock waits timed out on every attempt
	 */
	public int migrate(DataSource dataSource, DatabaseKind kind, MigrationListener listener,
			SqliteMigrationCache sqliteCache, LockWaitSettings lockWait) throws SQLException {
		if (kind == DatabaseKind.POSTGRESQL) {
			return migratePostgresql(dataSource, listener, lockWait);
		}
		// SQLite's procedure for the schema changes that ALTER TABLE cannot make: enforcement off,
		// rebuild in a transaction, a foreign key check before the commit (SqliteForeignKeyCheck,
		// after each version), enforcement back as it was. With foreign keys on, the DROP TABLE of
		// a rebuild would cascade into every child row. The pragma does nothing inside a transaction,
		// so it is set, and read back, on one connection outside any, before Flyway starts.
		try (Connection connection = dataSource.getConnection()) {
			SqliteMigrationSettings previous = SqliteMigrationSettings.apply(connection, sqliteCache.size(connection));
			int applied;
			try {
				applied = migrate(flyway(new SingleConnectionDataSource(connection, true), kind, listener));
			}
			catch (RuntimeException ex) {
				try {
					previous.restore(connection);
				}
				catch (SQLException | RuntimeException restoreFailure) {
					ex.addSuppressed(restoreFailure);
				}
				throw ex;
			}
			previous.restore(connection);
			return applied;
		}
	}

	/**
	 * Records that the schema is already at a version, so that only later versions are applied:
	 * how a database that other tooling migrated is taken over.
	 * @param dataSource the database, which has no history table yet
	 * @param kind what the database is
	 * @param version the version the schema is at
	 * @param description what the history shows for it
	 */
	public void baseline(DataSource dataSource, DatabaseKind kind, SchemaVersion version, String description) {
		try {
			configure(dataSource, kind).baselineVersion(version.text())
				.baselineDescription(description)
				.load()
				.baseline();
		}
		catch (FlywayException ex) {
			throw new SchemaMigrationException("Could not record the baseline " + version + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Repairs the history as Flyway does: removes the records of failed versions, and records the
	 * embedded scripts' checksums, descriptions and types for applied versions whose scripts differ.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @return what was repaired
	 */
	public RepairActions repair(DataSource dataSource, DatabaseKind kind) {
		try {
			RepairResult result = flyway(dataSource, kind).repair();
			return new RepairActions(versions(result.migrationsRemoved), versions(result.migrationsAligned));
		}
		catch (FlywayException ex) {
			throw new SchemaMigrationException("Pierre schema repair failed: " + ex.getMessage(), ex);
		}
	}

	private static List<SchemaVersion> versions(List<RepairOutput> outputs) {
		return outputs.stream()
			.filter((output) -> output.version != null && !output.version.isEmpty())
			.map((output) -> SchemaVersion.of(output.version))
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * Applies the versions; a version whose lock wait timed out was rolled back, and the run is
	 * tried again after a pause, up to the settings' retries.
	 */
	private int migratePostgresql(DataSource dataSource, MigrationListener listener, LockWaitSettings lockWait) {
		try (BlockerWatch watch = new BlockerWatch(dataSource, lockWait.lockTimeout())) {
			PostgresVersionTransaction transaction = new PostgresVersionTransaction(lockWait, watch);
			FluentConfiguration configuration = configure(dataSource, DatabaseKind.POSTGRESQL);
			List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
			callbacks.add(transaction);
			if (listener != MigrationListener.NONE) {
				callbacks.add(new FlywayProgressCallback(listener));
			}
			Flyway flyway = configuration.callbacks(callbacks.toArray(Callback[]::new)).load();
			for (int retry = 1;; retry++) {
				try {
					flyway.migrate();
					return transaction.applied();
				}
				catch (FlywayException ex) {
					if (!LockWaitTimeoutException.isLockTimeout(ex)) {
						throw new SchemaMigrationException("Pierre schema migration failed: " + ex.getMessage(), ex);
					}
					String version = transaction.runningVersion();
					if (retry > lockWait.retries()) {
						throw new LockWaitTimeoutException(version, lockWait, watch.lastSeen(), ex);
					}
					Duration pause = lockWait.pauseBefore(retry, this.random);
					logger.warn("Pierre schema: version " + version + " waited longer than the lock timeout of "
							+ lockWait.lockTimeout().toMillis() + " ms and was rolled back; blocked by "
							+ LockWaitTimeoutException.describe(watch.lastSeen()) + ". Retry " + retry + " of "
							+ lockWait.retries() + " in " + pause.toMillis() + " ms");
					sleep(pause);
				}
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SchemaMigrationException("Interrupted while waiting to retry the Pierre schema migration", ex);
		}
	}

	private int migrate(Flyway flyway) {
		try {
			MigrateResult result = flyway.migrate();
			return result.migrationsExecuted;
		}
		catch (FlywayException ex) {
			throw new SchemaMigrationException("Pierre schema migration failed: " + ex.getMessage(), ex);
		}
	}

	private Flyway flyway(DataSource dataSource, DatabaseKind kind) {
		return configure(dataSource, kind).load();
	}

	private Flyway flyway(DataSource dataSource, DatabaseKind kind, MigrationListener listener) {
		FluentConfiguration configuration = configure(dataSource, kind);
		if (listener == MigrationListener.NONE) {
			return configuration.load();
		}
		List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
		callbacks.add(new FlywayProgressCallback(listener));
		return configuration.callbacks(callbacks.toArray(Callback[]::new)).load();
	}

	private FluentConfiguration configure(DataSource dataSource, DatabaseKind kind) {
		FluentConfiguration configuration = Flyway.configure(this.classLoader)
			.dataSource(dataSource)
			.locations(Arrays.stream(MigrationLocations.folders(kind)).map("classpath:"::concat).toArray(String[]::new))
			.failOnMissingLocations(true)
			.table(this.historyTable.name())
			.placeholders(Map.of(MigrationLocations.UTC_NOW_PLACEHOLDER, kind.utcNowExpression()))
			// The schema shares its database with the application's own tables.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.cleanDisabled(true)
			.outputQueryResults(false)
			.target((this.target != null) ? this.target.toString() : "latest");
		String schema = this.historyTable.schema();
		if (schema != null) {
			configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
		}
		if (kind == DatabaseKind.SQLITE) {
			configuration.callbacks(new SqliteForeignKeyCheck());
		}
		if (kind == DatabaseKind.POSTGRESQL) {
			// By default Flyway holds its lock in a transaction of a second connection and records
			// each version there, committing the version and its history row separately: a process
			// killed between the two commits would leave a version applied but not recorded. With a
			// session lock, one connection runs each version and records it in one transaction.
			configuration.getPluginRegister()
				.getExact(PostgreSQLConfigurationExtension.class)
				.setTransactionalLock(false);
		}
		return configuration;
	}

	/**
	 * What a repair changed in the history.
	 *
	 * @param removed the versions whose failed records were removed
	 * @param realigned the versions whose checksum, description or type were updated
	 */
	public record RepairActions(List<SchemaVersion> removed, List<SchemaVersion> realigned) {

		public RepairActions {
			removed = List.copyOf(removed);
			realigned = List.copyOf(realigned);
		}

	}

}
