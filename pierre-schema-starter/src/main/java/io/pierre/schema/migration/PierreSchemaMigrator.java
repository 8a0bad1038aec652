package io.pierre.schema.migration;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.pierre.schema.DatabaseConnectionException;
import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.adoption.SqlxAdoption;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.catalog.VersionRewrites;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.flyway.SqliteMigrationCache;
import io.pierre.schema.history.AppliedMigration;
import io.pierre.schema.history.HistoryChecksums;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaHistoryReader;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.inspect.SchemaVerifier;
import io.pierre.schema.jdbc.ConnectionLoss;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.JdbcUrls;
import io.pierre.schema.locks.OnlinePreparation;
import io.pierre.schema.revert.DataLossException;
import io.pierre.schema.revert.RevertException;
import io.pierre.schema.revert.RevertedVersion;
import io.pierre.schema.revert.VersionReverter;
import io.pierre.schema.safety.MigrationLock;
import io.pierre.schema.safety.SqliteBackups;
import io.pierre.schema.safety.SqliteDatabaseFile;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import io.pierre.schema.history.MigrationListener;

/**
 * Brings one database's Pierre schema to its target, checks it, repairs its history, or reports
 * its state.
 * <p>
 * Every operation starts from one query of the history table set against the embedded catalog;
 * Flyway is loaded only when that shows work to do. Work is done under a lock that instances
 * starting together against the same database take in turns, and the state is read again once
 * the lock is held: whoever waited usually finds the work done.
 * <p>
 * No type of Flyway's door, of the revert or of the sqlx adoption appears in a signature of this
 * class, its lambdas' included: Spring reads a bean's declared methods at startup, which loads
 * every type they name, and a start with nothing to do should load none of them.
 */
public class PierreSchemaMigrator {

	/** What the history shows for the versions taken over from a sqlx-migrated database. */
	public static final String SQLX_BASELINE_DESCRIPTION = "Adopted from the sqlx history";

	private static final Log logger = LogFactory.getLog(PierreSchemaMigrator.class);

	/** The version in the name of a backup of a database that holds no Pierre version yet. */
	private static final String NO_VERSION = "0";

	private final DataSource dataSource;

	private final MigrationSettings settings;

	private final MigrationCatalog catalog;

	private final MigrationRefusals refusals;

	/**
	 * Creates a migrator.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param catalog the embedded migrations
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, MigrationCatalog catalog) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.catalog = catalog;
		this.refusals = new MigrationRefusals(settings, catalog);
		SchemaVersion target = settings.target();
		if (target != null && catalog.find(DatabaseKind.SQLITE, target).isEmpty()) {
			List<SchemaVersion> known = catalog.versions();
			throw new InvalidSettingException("pierre.database.target", target.toString(),
					"is not a version of the Pierre schema (" + known.get(0) + " to " + known.get(known.size() - 1)
							+ ")");
		}
	}

	/**
	 * Reads the schema's state.
	 * @return the state
	 * @throws DatabaseConnectionException if the database cannot be connected to
	 * @throws SchemaMigrationException if the database cannot be read
	 */
	public SchemaStatus status() {
		HistoryTable historyTable = this.settings.historyTable();
		// Not through withConnection: every start runs this, and a lambda is one more class.
		try (Connection connection = connect()) {
			DatabaseMetaData metaData = connection.getMetaData();
			DatabaseKind kind = DatabaseKind.fromProductName(metaData.getDatabaseProductName());
			if (kind == DatabaseKind.SQLITE && historyTable.schema() != null) {
				throw new InvalidSettingException("pierre.database.schema", historyTable.schema(),
						"applies to PostgreSQL only; SQLite has no schemas");
			}
			List<AppliedMigration> history = new SchemaHistoryReader(historyTable).read(connection).orElse(List.of());
			return SchemaStatus.of(kind, metaData.getDatabaseProductVersion(), historyTable, this.settings.target(),
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
		this.refusals.refuseUnsafeHistory(before);
		if (!before.needsAttention()) {
			return new MigrationReport(before, 0, Duration.ofNanos(System.nanoTime() - start));
		}
		refuseHotStandby(before.database());
		Optional<Path> file = sqliteFile(before.database());
		Path backup;
		int applied;
		try (MigrationLock lock = lock(before.database(), file)) {
			SchemaStatus current = status();
			this.refusals.refuseUnsafeHistory(current);
			if (!current.needsAttention()) {
				// Another instance did the work while this one waited for the lock.
				return new MigrationReport(current, 0, Duration.ofNanos(System.nanoTime() - start));
			}
			Optional<SchemaVersion> adopted = current.isUnrecorded() ? sqlxBaseline(current) : Optional.empty();
			if (current.isUnrecorded() && adopted.isEmpty()) {
				withConnection("Could not list the database's tables", (connection) -> {
					this.refusals.refuseUnrecordedPierreTables(connection, current.database());
					return null;
				});
			}
			String change = "applying " + current.inState(MigrationState.PENDING).size() + " pending migrations";
			backup = file.flatMap((path) -> backUp(path, current, change, "migrating it, so nothing was migrated"))
				.orElse(null);
			if (backup != null) {
				listener.backedUp(backup);
			}
			if (!current.isUnrecorded()) {
				withConnection("Could not update the Pierre schema history", (connection) -> new HistoryChecksums(
						this.settings.historyTable()).realign(connection, this.catalog.entries(current.database())));
			}
			adopted.ifPresent((version) -> new FlywayMigrationRunner(this.settings.historyTable(), this.settings.target(),
				this.catalog.classLoader()).baseline(this.dataSource, current.database(), version,
					SQLX_BASELINE_DESCRIPTION));
			applied = runFlyway(current, backup, listener);
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
		this.refusals.refuseFutureVersions(status);
		if (status.needsAttention()) {
			throw new SchemaMigrationException(
					"Pierre schema validation failed: " + MigrationRefusals.describeProblems(status));
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
		// Made on use, not by the constructor, so that a start with nothing to do never loads it;
		// inside the lambda, since reflection over this bean loads its lambdas' parameter types.
		return withConnection("Could not read the Pierre schema", (connection) -> new SchemaVerifier(this.catalog,
				this.settings.historyTable().name(), this.settings.historyTable().schema())
			.differences(connection, status.currentVersion().get().text()));
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
		this.refusals.refuseRepairOfUnknownVersions(before);
		if (!MigrationRefusals.needsRepair(before)) {
			return new RepairReport(before, List.of(), List.of());
		}
		refuseHotStandby(before.database());
		FlywayMigrationRunner.RepairActions actions;
		try (MigrationLock lock = lock(before.database(), sqliteFile(before.database()))) {
			SchemaStatus current = status();
			this.refusals.refuseRepairOfUnknownVersions(current);
			if (!MigrationRefusals.needsRepair(current)) {
				return new RepairReport(current, List.of(), List.of());
			}
			actions = new FlywayMigrationRunner(this.settings.historyTable(), this.settings.target(),
				this.catalog.classLoader()).repair(this.dataSource, current.database());
		}
		RepairReport report = new RepairReport(status(), actions.removed(), actions.realigned());
		logger.info(report.summary());
		return report;
	}

	/**
	 * Reverts applied versions with their down scripts, newest first, as sqlx's
	 * {@code migrate revert} does: each in one transaction together with the removal of its
	 * history row, under the lock that {@link #migrate()} takes, after backing a SQLite file up as
	 * a migration does. Never run on startup. Refused, with nothing changed: a target that is not
	 * an applied version, a revert below a baseline, failed or modified history, versions newer
	 * than this starter knows, and, unless the settings allow it, a revert that would drop a table
	 * holding rows or a column holding values that the older version cannot hold.
	 * @param targetVersion the version to go back to, every applied version above it reverted
	 * ({@code 0} for all); {@code null} to revert the newest applied version only
	 * @return what was reverted; afterwards the reverted versions are pending
	 * @throws SchemaMigrationException if the revert is refused (its cause a
	 * {@link DataLossException} when data would be lost) or a down script fails; a version that
	 * fails is left applied, the versions reverted before it stay reverted
	 */
	public RevertReport revert(String targetVersion) {
		return revert(targetVersion, MigrationListener.NONE);
	}

	/**
	 * Reverts as {@link #revert(String)} does, telling a listener of the backup and of each
	 * version as it starts and ends.
	 * @param targetVersion the version to go back to, or {@code null} for the newest applied only
	 * @param listener told of the backup and of each version
	 * @return what was reverted
	 * @throws SchemaMigrationException as {@link #revert(String)} does
	 */
	public RevertReport revert(String targetVersion, MigrationListener listener) {
		long start = System.nanoTime();
		SchemaStatus before = status();
		if (revertPlan(before, targetVersion).isEmpty()) {
			return new RevertReport(before, List.of(), Duration.ofNanos(System.nanoTime() - start), null);
		}
		refuseHotStandby(before.database());
		HistoryTable historyTable = this.settings.historyTable();
		VersionReverter reverter = new VersionReverter(this.catalog, historyTable.name(), historyTable.schema());
		boolean discardData = this.settings.discardDataOnRevert();
		Optional<Path> file = sqliteFile(before.database());
		List<RevertedVersion> reverted = new ArrayList<>();
		Path backup = null;
		try (MigrationLock lock = lock(before.database(), file)) {
			SchemaStatus current = status();
			List<VersionReverter.Step> steps = steps(revertPlan(current, targetVersion));
			reverter.check(this.dataSource, current.database(), steps, discardData);
			if (file.isPresent() && !steps.isEmpty()) {
				String change = "reverting " + steps.size() + ((steps.size() == 1) ? " version" : " versions");
				backup = backUp(file.get(), current, change, "reverting it, so nothing was reverted").orElse(null);
			}
			if (backup != null) {
				listener.backedUp(backup);
			}
			for (VersionReverter.Step step : steps) {
				SchemaVersion version = SchemaVersion.of(step.version());
				listener.versionStarted(version, step.description());
				long stepStart = System.nanoTime();
				try {
					reverted.add(reverter.revert(this.dataSource, current.database(), step, discardData));
				}
				catch (SQLException | RuntimeException ex) {
					listener.versionEnded(version, step.description(), Duration.ofNanos(System.nanoTime() - stepStart),
							false);
					throw ex;
				}
				listener.versionEnded(version, step.description(), Duration.ofNanos(System.nanoTime() - stepStart), true);
			}
		}
		catch (SQLException | RevertException ex) {
			String done = reverted.isEmpty() ? "" : " (reverted before it: "
					+ reverted.stream().map(RevertedVersion::version).collect(Collectors.joining(", ")) + ")";
			throw new SchemaMigrationException("Pierre schema revert: " + ex.getMessage() + done
					+ ((backup != null) ? "\nThe database as it was before this run is backed up at " + backup : ""),
					ex);
		}
		RevertReport report = new RevertReport(status(), reverted, Duration.ofNanos(System.nanoTime() - start), backup);
		logger.info(report.summary());
		return report;
	}

	/**
	 * What {@link #revert(String)} would revert, changing nothing: the same refusals, the data-loss
	 * check included.
	 * @param targetVersion the version to go back to, or {@code null} for the newest applied only
	 * @return the versions to revert, newest first
	 * @throws SchemaMigrationException if the revert would be refused
	 */
	public List<MigrationInfo> planRevert(String targetVersion) {
		SchemaStatus status = status();
		List<MigrationInfo> plan = revertPlan(status, targetVersion);
		HistoryTable historyTable = this.settings.historyTable();
		List<VersionReverter.Step> steps = steps(plan);
		try {
			new VersionReverter(this.catalog, historyTable.name(), historyTable.schema()).check(this.dataSource,
					status.database(), steps, this.settings.discardDataOnRevert());
		}
		catch (SQLException | RevertException ex) {
			throw new SchemaMigrationException("Pierre schema revert: " + ex.getMessage(), ex);
		}
		return plan;
	}

	/**
	 * The applied versions to revert, newest first, after the refusals that need nothing but the
	 * history.
	 */
	private List<MigrationInfo> revertPlan(SchemaStatus status, String targetVersion) {
		this.refusals.refuseRevertOfUnsafeHistory(status);
		List<MigrationInfo> applied = new ArrayList<>(status.inState(MigrationState.APPLIED));
		applied.sort(Comparator.comparing(MigrationInfo::version).reversed());
		List<MigrationInfo> baselined = status.inState(MigrationState.BASELINE);
		if (targetVersion == null) {
			if (applied.isEmpty() && !baselined.isEmpty()) {
				throw this.refusals.belowBaseline(baselined);
			}
			return applied.isEmpty() ? List.of() : List.of(applied.get(0));
		}
		SchemaVersion target;
		try {
			target = SchemaVersion.of(targetVersion);
		}
		catch (IllegalArgumentException ex) {
			throw this.refusals.notAVersion(targetVersion);
		}
		boolean known = status.migrations()
			.stream()
			.anyMatch((migration) -> migration.version().equals(target)
					&& (migration.state() == MigrationState.APPLIED || migration.state() == MigrationState.BASELINE));
		if (!known && !target.equals(SchemaVersion.of(NO_VERSION))) {
			throw this.refusals.notApplied(targetVersion, applied);
		}
		List<MigrationInfo> coveredAbove = baselined.stream()
			.filter((migration) -> migration.version().compareTo(target) > 0)
			.toList();
		if (!coveredAbove.isEmpty()) {
			throw this.refusals.belowBaseline(coveredAbove);
		}
		return applied.stream().filter((migration) -> migration.version().compareTo(target) > 0).toList();
	}

	private static List<VersionReverter.Step> steps(List<MigrationInfo> plan) {
		List<VersionReverter.Step> steps = new ArrayList<>();
		for (MigrationInfo migration : plan) {
			steps.add(new VersionReverter.Step(migration.version().text(), migration.description()));
		}
		return steps;
	}

	/**
	 * The version at which to record a baseline for a database that the Pierre server's sqlx
	 * migrations created, after checking its history and schema; nothing is changed here.
	 */
	private Optional<SchemaVersion> sqlxBaseline(SchemaStatus status) {
		return withConnection("Could not read the sqlx history", (connection) -> {
			// Made here, not captured: a captured one would be a parameter of the lambda's method,
			// which reflection over this bean at startup would load.
			HistoryTable historyTable = this.settings.historyTable();
			SqlxAdoption adoption = new SqlxAdoption(
					new SchemaVerifier(this.catalog, historyTable.name(), historyTable.schema()), historyTable.schema());
			if (!this.settings.adoptSqlxHistory()) {
				if (adoption.isPresent(connection)) {
					this.refusals.refuseSqlxHistory();
				}
				return Optional.empty();
			}
			return adoption.baselineVersion(connection, this.catalog.entries(status.database()));
		});
	}

	private int runFlyway(SchemaStatus status, Path backup, MigrationListener listener) {
		DatabaseKind kind = status.database();
		try {
			int applied = 0;
			if (kind == DatabaseKind.POSTGRESQL) {
				for (SchemaVersion version : pendingUpToTarget(status)) {
					Optional<OnlinePreparation> preparation = OnlinePreparation.of(this.catalog.classLoader(), version);
					if (preparation.isPresent()) {
						// The versions before it first, so that its preparation finds their tables.
						applied += applyUpTo(previousVersion(version), status, listener);
						preparation.get()
							.run(this.dataSource, this.settings.historyTable().schema(), this.settings.postgresqlLockWait());
					}
				}
			}
			return applied + applyUpTo(this.settings.target(), status, listener);
		}
		catch (SQLException | RuntimeException ex) {
			String message = (ex instanceof SQLException) ? "Could not migrate the Pierre schema: " + ex.getMessage()
					: ex.getMessage();
			if (kind == DatabaseKind.POSTGRESQL && ConnectionLoss.isCause(ex)) {
				throw new SchemaMigrationException(connectionLost(message), ex);
			}
			if (backup == null) {
				throw (ex instanceof SchemaMigrationException migration) ? migration
						: new SchemaMigrationException(message, ex);
			}
			logger.error("Pierre schema: the migration failed; the database as it was before is backed up at " + backup);
			throw new SchemaMigrationException(
					message + "\nThe database as it was before this run is backed up at " + backup, ex);
		}
	}

	private int applyUpTo(SchemaVersion target, SchemaStatus status, MigrationListener listener) throws SQLException {
		return new FlywayMigrationRunner(this.settings.historyTable(), target, this.catalog.classLoader())
			.migrate(this.dataSource, status.database(), listener, sqliteCache(status),
					this.settings.postgresqlLockWait());
	}

	private List<SchemaVersion> pendingUpToTarget(SchemaStatus status) {
		SchemaVersion target = this.settings.target();
		return status.inState(MigrationState.PENDING)
			.stream()
			.map(MigrationInfo::version)
			.filter((version) -> target == null || version.compareTo(target) <= 0)
			.sorted()
			.toList();
	}

	/** The version before one, or {@code 0} before the first. */
	private SchemaVersion previousVersion(SchemaVersion version) {
		List<SchemaVersion> versions = this.catalog.versions();
		int index = versions.indexOf(version);
		return (index > 0) ? versions.get(index - 1) : SchemaVersion.of(NO_VERSION);
	}

	/**
	 * What a migration whose connection was lost says: PostgreSQL rolled back the version that
	 * was running, and the database is at the version that the history, read again, shows.
	 */
	private String connectionLost(String failure) {
		String at;
		try {
			at = "the database is at version " + status().currentVersion().map(SchemaVersion::toString).orElse("0")
					+ ", the version before the one that ran";
		}
		catch (RuntimeException ex) {
			at = "the database could not be read again to say at which version it is (" + ex.getMessage() + ")";
		}
		return "Pierre schema migration: the connection to the database was lost while a version ran. PostgreSQL "
				+ "rolled that version back; " + at + ". Start again to complete the migration. (" + failure + ")";
	}

	/** The SQLite page cache of the run, sized from the tables that the pending versions rewrite. */
	private SqliteMigrationCache sqliteCache(SchemaStatus status) {
		if (status.database() != DatabaseKind.SQLITE) {
			return SqliteMigrationCache.nothingRewritten(this.settings.sqliteMigrationCache());
		}
		List<Set<String>> rewrites = status.inState(MigrationState.PENDING)
			.stream()
			.map((pending) -> VersionRewrites.of(this.catalog, pending.version()))
			.toList();
		return new SqliteMigrationCache(this.settings.sqliteMigrationCache(), rewrites);
	}

	/**
	 * Backs a SQLite file up before a change, as the backup policy says; when that fails, nothing
	 * is changed.
	 * @param change what is about to happen, for the log
	 * @param refusal what a failure says after "before", such as
	 * {@code migrating it, so nothing was migrated}
	 */
	private Optional<Path> backUp(Path file, SchemaStatus status, String change, String refusal) {
		String version = status.currentVersion().map(SchemaVersion::toString).orElse(NO_VERSION);
		try (Connection connection = connect()) {
			return new SqliteBackups(this.settings.backup(), Clock.systemUTC()).before(connection, file, version, change);
		}
		catch (SQLException | UncheckedIOException ex) {
			throw new SchemaMigrationException("Could not back up " + file + " before " + refusal + ": "
					+ ex.getMessage() + ". Make room beside it, or set "
					+ "pierre.database.backup.enabled=false.", ex);
		}
	}

	/**
	 * Refuses, before anything runs, to change a PostgreSQL hot standby, whose every write would
	 * fail with an error that does not say why.
	 */
	private void refuseHotStandby(DatabaseKind kind) {
		if (kind != DatabaseKind.POSTGRESQL) {
			return;
		}
		withConnection("Could not tell whether the database is a hot standby", (connection) -> {
			try (Statement statement = connection.createStatement();
					ResultSet recovery = statement.executeQuery("SELECT pg_is_in_recovery()")) {
				if (recovery.next() && recovery.getBoolean(1)) {
					throw new SchemaMigrationException(JdbcUrls.redact(connection.getMetaData().getURL())
							+ " is a hot standby (read-only replica): migrate its primary");
				}
			}
			return null;
		});
	}

	private Optional<Path> sqliteFile(DatabaseKind kind) {
		if (kind != DatabaseKind.SQLITE) {
			return Optional.empty();
		}
		return withConnection("Could not find the SQLite database's file", SqliteDatabaseFile::of);
	}

	private MigrationLock lock(DatabaseKind kind, Optional<Path> sqliteFile) {
		return MigrationLock.acquire(this.dataSource, kind, sqliteFile, this.settings.historyTable());
	}

	/**
	 * Runs work on a connection of its own; a failure to read becomes a
	 * {@link SchemaMigrationException} that starts with what could not be done.
	 */
	private <T> T withConnection(String whatFailed, ConnectionCallback<T> work) {
		try (Connection connection = connect()) {
			return work.doInConnection(connection);
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException(whatFailed + ": " + ex.getMessage(), ex);
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

}
