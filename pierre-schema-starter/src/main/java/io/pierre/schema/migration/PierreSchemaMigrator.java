package io.pierre.schema.migration;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.pierre.schema.adoption.SqlxAdoption;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.inspect.SchemaVerifier;
import io.pierre.schema.jdbc.DatabaseKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Brings one database's Pierre schema to its target, checks it, repairs its history, or reports
 * its state.
 * <p>
 * Every operation starts from one query of the history table set against the embedded index;
 * Flyway is loaded only when that shows work to do. Work is done under a lock that instances
 * starting together against the same database take in turns, and the state is read again once
 * the lock is held: whoever waited usually finds the work done.
 */
public class PierreSchemaMigrator {

	/** What the history shows for the versions taken over from a sqlx-migrated database. */
	public static final String SQLX_BASELINE_DESCRIPTION = "Adopted from the sqlx history";

	private static final Log logger = LogFactory.getLog(PierreSchemaMigrator.class);

	/** The version in the name of a backup of a database that holds no Pierre version yet. */
	private static final String NO_VERSION = "0";

	private final DataSource dataSource;

	private final MigrationSettings settings;

	private final boolean ignoreFutureVersions;

	private final boolean adoptSqlxHistory;

	private final BackupPolicy backupPolicy;

	private final MigrationCatalog catalog;

	private final ClassLoader classLoader;

	private final SchemaVerifier verifier;

	/**
	 * Creates a migrator that adopts sqlx-migrated databases and backs SQLite files up as
	 * {@link BackupPolicy#defaults()} says.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			MigrationCatalog catalog, ClassLoader classLoader) {
		this(dataSource, settings, ignoreFutureVersions, true, BackupPolicy.defaults(), catalog, classLoader);
	}

	/**
	 * Creates a migrator that adopts sqlx-migrated databases.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param backupPolicy whether and how many backups of a SQLite file to keep
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			BackupPolicy backupPolicy, MigrationCatalog catalog, ClassLoader classLoader) {
		this(dataSource, settings, ignoreFutureVersions, true, backupPolicy, catalog, classLoader);
	}

	/**
	 * Creates a migrator.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param adoptSqlxHistory whether a database that the Pierre server's sqlx migrations
	 * created is taken over
	 * @param backupPolicy whether and how many backups of a SQLite file to keep
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			boolean adoptSqlxHistory, BackupPolicy backupPolicy, MigrationCatalog catalog, ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.ignoreFutureVersions = ignoreFutureVersions;
		this.adoptSqlxHistory = adoptSqlxHistory;
		this.backupPolicy = backupPolicy;
		this.catalog = catalog;
		this.classLoader = classLoader;
		this.verifier = new SchemaVerifier(classLoader, settings.historyTable(), settings.schema());
		if (settings.target() != null
				&& catalog.find(DatabaseKind.SQLITE, SchemaVersion.of(settings.target())).isEmpty()) {
			List<CatalogEntry> known = catalog.entries(DatabaseKind.SQLITE);
			throw new InvalidSettingException("pierre.database.target", settings.target(),
					"is not a version of the Pierre schema (" + known.get(0).version() + " to "
							+ known.get(known.size() - 1).version() + ")");
		}
	}

	/**
	 * Reads the schema's state.
	 * @return the state
	 * @throws DatabaseConnectionException if the database cannot be connected to
	 * @throws SchemaMigrationException if the database cannot be read
	 */
	public SchemaStatus status() {
		try (Connection connection = connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			DatabaseKind kind = DatabaseKind.fromProductName(metaData.getDatabaseProductName());
			if (kind == DatabaseKind.SQLITE && this.settings.schema() != null) {
				throw new InvalidSettingException("pierre.database.schema", this.settings.schema(),
						"applies to PostgreSQL only; SQLite has no schemas");
			}
			List<AppliedMigration> history = new SchemaHistoryReader(this.settings.historyTable(),
					this.settings.schema())
				.read(connection)
				.orElse(List.of());
			return SchemaStatus.of(kind, metaData.getDatabaseProductVersion(), this.settings,
					this.catalog.entries(kind), history);
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read the Pierre schema's state: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Applies what is pending up to the target; with nothing pending, runs one query. A SQLite
	 * file that has tables is backed up first, as the backup policy says.
	 * @return what was done
	 * @throws SchemaMigrationException if a migration fails, the history records failed or
	 * modified versions, or the database holds versions that this starter does not know
	 */
	public MigrationReport migrate() {
		return migrate(MigrationListener.NONE);
	}

	/**
	 * Applies what is pending up to the target, as {@link #migrate()} does, telling a listener
	 * of the backup and of each version as it starts and ends.
	 * @param listener told of the backup and of each version
	 * @return what was done
	 * @throws SchemaMigrationException as {@link #migrate()} does
	 */
	public MigrationReport migrate(MigrationListener listener) {
		long start = System.nanoTime();
		SchemaStatus before = status();
		refuseUnsafeHistory(before);
		if (!before.needsAttention()) {
			return new MigrationReport(before, 0, Duration.ofNanos(System.nanoTime() - start));
		}
		Optional<Path> file = sqliteFile(before.database());
		Path backup = null;
		int applied;
		try (MigrationLock lock = lock(before.database(), file)) {
			SchemaStatus current = status();
			refuseUnsafeHistory(current);
			if (!current.needsAttention()) {
				// Another instance did the work while this one waited for the lock.
				return new MigrationReport(current, 0, Duration.ofNanos(System.nanoTime() - start));
			}
			Optional<SchemaVersion> adopted = current.isUnrecorded() ? sqlxBaseline(current) : Optional.empty();
			if (current.isUnrecorded() && adopted.isEmpty()) {
				refuseUnrecordedPierreTables(current.database());
			}
			if (file.isPresent()) {
				backup = backUp(file.get(), current);
			}
			if (backup != null) {
				listener.backedUp(backup);
			}
			adopted.ifPresent((version) -> new FlywayMigrationRunner(this.settings, this.classLoader)
				.baseline(this.dataSource, current.database(), version, SQLX_BASELINE_DESCRIPTION));
			applied = runFlyway(current.database(), backup, listener);
		}
		return new MigrationReport(status(), applied, Duration.ofNanos(System.nanoTime() - start), backup);
	}

	/**
	 * Checks, changing nothing, that the schema is at its target and as its version says.
	 * @return the state
	 * @throws SchemaMigrationException if anything is pending, failed or modified, or the live
	 * schema differs from what its version should have produced
	 */
	public SchemaStatus validate() {
		SchemaStatus status = status();
		refuseFutureVersions(status);
		if (status.needsAttention()) {
			throw new SchemaMigrationException("Pierre schema validation failed: " + describeProblems(status));
		}
		List<SchemaDifference> drift = drift(status);
		if (!drift.isEmpty()) {
			throw new SchemaMigrationException("Pierre schema validation failed: the schema differs from version "
					+ status.currentVersion().orElseThrow() + ":" + System.lineSeparator() + "  - " + drift.stream()
						.map(SchemaDifference::toString)
						.collect(Collectors.joining(System.lineSeparator() + "  - ")));
		}
		return status;
	}

	/**
	 * The differences between the live schema and what its current version should have produced.
	 * @param status the schema's state
	 * @return the differences, empty when there are none or nothing is applied
	 * @throws SchemaMigrationException if the database cannot be read
	 */
	public List<SchemaDifference> drift(SchemaStatus status) {
		if (status.currentVersion().isEmpty() || !status.inState(MigrationState.FUTURE).isEmpty()) {
			return List.of();
		}
		try (Connection connection = connect()) {
			return this.verifier.differences(connection, status.currentVersion().get().text());
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read the Pierre schema: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Repairs the history table as Flyway's repair does: removes the records of failed versions,
	 * so that they are applied again, and records the embedded scripts' checksums for applied
	 * versions whose scripts changed. The schema itself is not touched: whatever a failed
	 * version did without a transaction must be undone by hand first.
	 * @return what was repaired
	 * @throws SchemaMigrationException if the history holds versions that this starter does not
	 * know, which a repair would treat as deleted
	 */
	public RepairReport repair() {
		SchemaStatus before = status();
		refuseRepairOfUnknownVersions(before);
		if (!needsRepair(before)) {
			return new RepairReport(before, List.of(), List.of());
		}
		FlywayMigrationRunner.RepairActions actions;
		try (MigrationLock lock = lock(before.database(), sqliteFile(before.database()))) {
			SchemaStatus current = status();
			refuseRepairOfUnknownVersions(current);
			if (!needsRepair(current)) {
				return new RepairReport(current, List.of(), List.of());
			}
			actions = new FlywayMigrationRunner(this.settings, this.classLoader).repair(this.dataSource,
					current.database());
		}
		RepairReport report = new RepairReport(status(), actions.removed(), actions.realigned());
		logger.info(report.summary());
		return report;
	}

	/**
	 * The version at which to record a baseline for a database that the Pierre server's sqlx
	 * migrations created, after checking its history and schema; nothing is changed here.
	 */
	private Optional<SchemaVersion> sqlxBaseline(SchemaStatus status) {
		SqlxAdoption adoption = new SqlxAdoption(this.verifier, this.settings.schema());
		try (Connection connection = connect()) {
			if (!this.adoptSqlxHistory) {
				if (adoption.isPresent(connection)) {
					throw new SchemaMigrationException("The database holds the Pierre server's sqlx history "
							+ "(_sqlx_migrations) and pierre.database.adopt-sqlx-history is false: nothing was changed");
				}
				return Optional.empty();
			}
			return adoption.baselineVersion(connection, this.catalog.entries(status.database()));
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read the sqlx history: " + ex.getMessage(), ex);
		}
	}

	private void refuseUnrecordedPierreTables(DatabaseKind kind) {
		try (Connection connection = connect()) {
			new UnrecordedPierreTables(this.settings, this.classLoader).refuseAny(connection, kind);
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not list the database's tables: " + ex.getMessage(), ex);
		}
	}

	private int runFlyway(DatabaseKind kind, Path backup, MigrationListener listener) {
		try {
			return new FlywayMigrationRunner(this.settings, this.classLoader).migrate(this.dataSource, kind, listener);
		}
		catch (SQLException | RuntimeException ex) {
			String message = (ex instanceof SQLException) ? "Could not migrate the Pierre schema: " + ex.getMessage()
					: ex.getMessage();
			if (backup == null) {
				throw (ex instanceof SchemaMigrationException migration) ? migration
						: new SchemaMigrationException(message, ex);
			}
			logger.error("Pierre schema: the migration failed; the database as it was before is backed up at " + backup);
			throw new SchemaMigrationException(
					message + "\nThe database as it was before this run is backed up at " + backup, ex);
		}
	}

	private Path backUp(Path file, SchemaStatus status) {
		if (!this.backupPolicy.enabled()) {
			return null;
		}
		String version = status.currentVersion().map(SchemaVersion::toString).orElse(NO_VERSION);
		try (Connection connection = connect()) {
			if (!SqliteDatabaseFile.hasTables(connection)) {
				// Nothing to lose in a new, empty database.
				return null;
			}
			long start = System.nanoTime();
			Path backup = new SqliteBackup(this.backupPolicy.keep(), Clock.systemUTC()).backUp(connection, file,
					version);
			logger.info("Pierre schema: backed up " + file + " at version " + version + " to " + backup + " in "
					+ Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms before applying "
					+ status.inState(MigrationState.PENDING).size() + " pending migrations");
			return backup;
		}
		catch (SQLException | UncheckedIOException ex) {
			throw new SchemaMigrationException("Could not back up " + file + " before migrating it, so nothing was "
					+ "migrated: " + ex.getMessage() + ". Make room beside it, or set "
					+ "pierre.database.backup.enabled=false.", ex);
		}
	}

	private Optional<Path> sqliteFile(DatabaseKind kind) {
		if (kind != DatabaseKind.SQLITE) {
			return Optional.empty();
		}
		try (Connection connection = connect()) {
			return SqliteDatabaseFile.of(connection);
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not find the SQLite database's file: " + ex.getMessage(), ex);
		}
	}

	private MigrationLock lock(DatabaseKind kind, Optional<Path> sqliteFile) {
		if (kind == DatabaseKind.POSTGRESQL) {
			try {
				return PostgresMigrationLock.acquire(this.dataSource, this.settings);
			}
			catch (SQLException ex) {
				throw new SchemaMigrationException("Could not lock the database for migrating: " + ex.getMessage(), ex);
			}
		}
		try {
			// An in-memory database is seen by this process only.
			return sqliteFile.<MigrationLock>map(SqliteMigrationLock::acquire).orElseGet(MigrationLock::none);
		}
		catch (UncheckedIOException ex) {
			throw new SchemaMigrationException(ex.getMessage() + ": " + ex.getCause().getMessage(), ex);
		}
	}

	private Connection connect() {
		try {
			return this.dataSource.getConnection();
		}
		catch (SQLException | RuntimeException ex) {
			// Pools report a failed first connection as a RuntimeException, such as Hikari's
			// PoolInitializationException.
			throw new DatabaseConnectionException(ex);
		}
	}

	private void refuseUnsafeHistory(SchemaStatus status) {
		refuseFutureVersions(status);
		List<MigrationInfo> failed = status.inState(MigrationState.FAILED);
		if (!failed.isEmpty()) {
			throw new SchemaMigrationException("The Pierre schema history records failed migrations ("
					+ versions(failed) + "), so nothing was migrated: the database may be half way through them. "
					+ "Undo what they did by hand, then run repair to remove their records, and migrate again.");
		}
		List<MigrationInfo> modified = status.inState(MigrationState.MODIFIED);
		if (!modified.isEmpty()) {
			throw new SchemaMigrationException("Applied Pierre schema versions no longer match the embedded scripts ("
					+ versions(modified) + ": checksum mismatch), so nothing was migrated. If the scripts were "
					+ "changed on purpose and the database matches them, run repair to record their checksums; "
					+ "otherwise use the starter release that applied them.");
		}
	}

	private void refuseFutureVersions(SchemaStatus status) {
		List<MigrationInfo> future = status.inState(MigrationState.FUTURE);
		if (!future.isEmpty() && !this.ignoreFutureVersions) {
			throw new SchemaMigrationException("The database holds Pierre schema versions that this starter does not know ("
					+ versions(future) + "; it knows up to " + status.newestVersion()
					+ "). Upgrade the starter, or set pierre.database.ignore-future-versions=true during a rolling upgrade.");
		}
	}

	private static void refuseRepairOfUnknownVersions(SchemaStatus status) {
		List<MigrationInfo> future = status.inState(MigrationState.FUTURE);
		if (!future.isEmpty()) {
			throw new SchemaMigrationException("The database holds Pierre schema versions that this starter does not know ("
					+ versions(future) + "), which a repair would record as deleted. Repair with the starter release "
					+ "that applied them.");
		}
	}

	private static boolean needsRepair(SchemaStatus status) {
		return !status.inState(MigrationState.FAILED).isEmpty() || !status.inState(MigrationState.MODIFIED).isEmpty();
	}

	private static String describeProblems(SchemaStatus status) {
		return status.migrations()
			.stream()
			.filter((migration) -> migration.state().needsAttention())
			.collect(Collectors.groupingBy(MigrationInfo::state))
			.entrySet()
			.stream()
			.map((entry) -> entry.getValue().size() + " " + entry.getKey().name().toLowerCase() + " ("
					+ versions(entry.getValue()) + ")")
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static String versions(List<MigrationInfo> migrations) {
		return migrations.stream().map((migration) -> migration.version().toString()).collect(Collectors.joining(", "));
	}

}
