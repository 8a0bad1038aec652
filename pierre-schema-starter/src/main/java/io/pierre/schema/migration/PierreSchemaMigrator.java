package io.pierre.schema.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Brings one database's Pierre schema to its target, checks it, or reports its state.
 * <p>
 * Every operation starts from one query of the history table set against the embedded index;
 * Flyway is loaded only when that shows work to do.
 */
public class PierreSchemaMigrator {

	private final DataSource dataSource;

	private final MigrationSettings settings;

	private final boolean ignoreFutureVersions;

	private final MigrationCatalog catalog;

	private final ClassLoader classLoader;

	/**
	 * Creates a migrator.
	 * @param dataSource the database that holds the schema
	 * @param settings the settings
	 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
	 * @param catalog the embedded migrations
	 * @param classLoader the class loader that holds the scripts
	 * @throws InvalidSettingException if the target is not a version the starter knows
	 */
	public PierreSchemaMigrator(DataSource dataSource, MigrationSettings settings, boolean ignoreFutureVersions,
			MigrationCatalog catalog, ClassLoader classLoader) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.ignoreFutureVersions = ignoreFutureVersions;
		this.catalog = catalog;
		this.classLoader = classLoader;
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
		int applied;
		try {
			applied = new FlywayMigrationRunner(this.settings, this.classLoader).migrate(this.dataSource,
					before.database());
		}
		catch (SQLException ex) {
			throw new SchemaMigrationException("Could not migrate the Pierre schema: " + ex.getMessage(), ex);
		}
		return new MigrationReport(status(), applied, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Checks, changing nothing, that the schema is at its target.
	 * @return the state
	 * @throws SchemaMigrationException if anything is pending, failed or modified
	 */
	public SchemaStatus validate() {
		SchemaStatus status = status();
		refuseFutureVersions(status);
		if (status.needsAttention()) {
			throw new SchemaMigrationException("Pierre schema validation failed: " + describeProblems(status));
		}
		return status;
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
