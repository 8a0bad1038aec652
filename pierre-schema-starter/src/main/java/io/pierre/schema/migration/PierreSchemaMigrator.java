package io.pierre.schema.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.pierre.schema.adoption.SqlxAdoption;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.inspect.SchemaVerifier;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Brings one database's Pierre schema to its target, checks it, or reports its state.
 * <p>
 * Every operation starts from one query of the history table set against the embedded index;
 * Flyway is loaded only when that shows work to do.
 */
public class PierreSchemaMigrator {

	/** What the history shows for the versions taken over from a sqlx-migrated database. */
	public static final String SQLX_BASELINE_DESCRIPTION = "Adopted from the sqlx history";

	private final DataSource dataSource;

	private final MigrationSettings settings;

	private final boolean ignoreFutureVersions;

	private final MigrationCatalog catalog;

	private final ClassLoader classLoader;

	private final boolean adoptSqlxHistory;

	private final SchemaVerifier verifier;

	/**
	 * Creates a migrator that adopts sqlx-migrated databases.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			MigrationCatalog catalog, ClassLoader classLoader) {
		this(dataSource, settings, ignoreFutureVersions, true, catalog, classLoader);
	}

	/**
	 * Creates a migrator.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param adoptSqlxHistory whether a database that the Pierre server's sqlx migrations
	 * created is taken over
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			boolean adoptSqlxHistory, MigrationCatalog catalog, ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.ignoreFutureVersions = ignoreFutureVersions;
		this.adoptSqlxHistory = adoptSqlxHistory;
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
	 * @throws SchemaMigrationException if the database cannot be read
	 */
	public SchemaStatus status() {
		try (Connection connection = this.dataSource.getConnection()) {
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
	 * Applies what is pending up to the target; with nothing pending, runs one query.
	 * @return what was done
	 * @throws SchemaMigrationException if a migration fails, or the database holds versions
	 * that this starter does not know
	 */
	public MigrationReport migrate() {
		long start = System.nanoTime();
		SchemaStatus before = status();
		refuseFutureVersions(before);
		if (!before.needsAttention()) {
			return new MigrationReport(before, 0, Duration.ofNanos(System.nanoTime() - start));
		}
		FlywayMigrationRunner runner = new FlywayMigrationRunner(this.settings, this.classLoader);
		int applied;
		try {
			if (before.isUnrecorded()) {
				adoptSqlxHistory(runner, before);
			}
			applied = runner.migrate(this.dataSource, before.database());
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not migrate the Pierre schema: " + ex.getMessage(), ex);
		}
		return new MigrationReport(status(), applied, Duration.ofNanos(System.nanoTime() - start));
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
		try (Connection connection = this.dataSource.getConnection()) {
			return this.verifier.differences(connection, status.currentVersion().get().text());
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not read the Pierre schema: " + ex.getMessage(), ex);
		}
	}

	private void adoptSqlxHistory(FlywayMigrationRunner runner, SchemaStatus status) throws SQLException {
		SqlxAdoption adoption = new SqlxAdoption(this.verifier, this.settings.schema());
		Optional<SchemaVersion> baseline;
		try (Connection connection = this.dataSource.getConnection()) {
			if (!this.adoptSqlxHistory) {
				if (adoption.isPresent(connection)) {
					throw new SchemaMigrationException("The database holds the Pierre server's sqlx history "
							+ "(_sqlx_migrations) and pierre.database.adopt-sqlx-history is false: nothing was changed");
				}
				return;
			}
			baseline = adoption.baselineVersion(connection, this.catalog.entries(status.database()));
		}
		if (baseline.isPresent()) {
			runner.baseline(this.dataSource, status.database(), baseline.get(), SQLX_BASELINE_DESCRIPTION);
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
