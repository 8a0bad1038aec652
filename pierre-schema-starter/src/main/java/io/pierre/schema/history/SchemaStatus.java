package io.pierre.schema.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The state of the Pierre schema in one database: the embedded migrations set against the
 * history table.
 * <p>
 * Every start reads one, so what a start calls is written as loops: each lambda or method
 * reference is a class that the JVM makes when it first runs.
 *
 * @param database the database product
 * @param databaseVersion the database product's version
 * @param historyTable the history table's name
 * @param newestVersion the newest version that the starter knows
 * @param migrations every migration, known or found, oldest first
 */
public record SchemaStatus(DatabaseKind database, String databaseVersion, String historyTable,
		SchemaVersion newestVersion, List<MigrationInfo> migrations) {

	public SchemaStatus {
		migrations = List.copyOf(migrations);
	}

	/**
	 * Sets what is embedded against what the history table records.
	 * @param database the database
	 * @param databaseVersion the database product's version
	 * @param historyTable the history table
	 * @param target the last version to apply, or {@code null} for the newest
	 * @param catalog what is embedded for this database
	 * @param history the history rows, empty when there is no history table
	 * @return the status
	 */
	public static SchemaStatus of(DatabaseKind database, String databaseVersion, HistoryTable historyTable,
			SchemaVersion target, List<CatalogEntry> catalog, List<AppliedMigration> history) {
		Map<SchemaVersion, AppliedMigration> applied = new HashMap<>();
		AppliedMigration baseline = null;
		for (AppliedMigration row : history) {
			if (row.version() == null) {
				continue;
			}
			if (row.isBaseline()) {
				// Versions up to a baseline count as there: the database was migrated before the
				// history began (a sqlx-migrated database, or version 0 for other tables).
				baseline = (baseline == null || row.version().compareTo(baseline.version()) > 0) ? row : baseline;
			}
			else {
				applied.put(row.version(), row);
			}
		}
		SchemaVersion newestApplied = null;
		for (SchemaVersion version : applied.keySet()) {
			newestApplied = (newestApplied == null || version.compareTo(newestApplied) > 0) ? version : newestApplied;
		}
		List<MigrationInfo> migrations = new ArrayList<>();
		for (CatalogEntry entry : catalog) {
			AppliedMigration row = applied.remove(entry.version());
			if (row != null) {
				migrations.add(applied(entry, row));
			}
			else if (baseline != null && entry.version().compareTo(baseline.version()) <= 0) {
				migrations.add(new MigrationInfo(entry.version(), entry.description(), baseline.type(),
						MigrationState.BASELINE, baseline.installedOn(), null));
			}
			else {
				migrations.add(new MigrationInfo(entry.version(), entry.description(), "SQL",
						unapplied(entry.version(), target, newestApplied), null, null));
			}
		}
		// A version that the starter does not know, applied by a newer release; a failed one is
		// a failure first, as Flyway's future_failed, and no current version.
		if (!applied.isEmpty()) {
			for (AppliedMigration row : applied.values()) {
				migrations.add(new MigrationInfo(row.version(), row.description(), row.type(),
						row.success() ? MigrationState.FUTURE : MigrationState.FAILED, row.installedOn(),
						row.executionTimeMillis()));
			}
			// The catalog is in order; only versions it does not know need sorting in.
			migrations.sort(Comparator.comparing(MigrationInfo::version));
		}
		return new SchemaStatus(database, databaseVersion, historyTable.name(), catalog.get(catalog.size() - 1).version(),
				migrations);
	}

	private static MigrationInfo applied(CatalogEntry entry, AppliedMigration row) {
		MigrationState state = !row.success() ? MigrationState.FAILED
				: entry.isRecordedBy(row.checksum()) ? MigrationState.APPLIED : MigrationState.MODIFIED;
		return new MigrationInfo(entry.version(), entry.description(), row.type(), state, row.installedOn(),
				row.executionTimeMillis());
	}

	private static MigrationState unapplied(SchemaVersion version, SchemaVersion target, SchemaVersion newestApplied) {
		if (target != null && version.compareTo(target) > 0) {
			return MigrationState.ABOVE_TARGET;
		}
		if (newestApplied != null && version.compareTo(newestApplied) < 0) {
			return MigrationState.IGNORED;
		}
		return MigrationState.PENDING;
	}

	/**
	 * The migrations in one state.
	 * @param state the state
	 * @return those migrations, oldest first
	 */
	public List<MigrationInfo> inState(MigrationState state) {
		List<MigrationInfo> inState = new ArrayList<>();
		for (MigrationInfo migration : this.migrations) {
			if (migration.state() == state) {
				inState.add(migration);
			}
		}
		return List.copyOf(inState);
	}

	/**
	 * The newest version applied with success, the schema's current version.
	 * @return the current version, empty when nothing is applied
	 */
	public Optional<SchemaVersion> currentVersion() {
		SchemaVersion current = null;
		for (MigrationInfo migration : this.migrations) {
			MigrationState state = migration.state();
			if ((state == MigrationState.APPLIED || state == MigrationState.MODIFIED || state == MigrationState.FUTURE
					|| state == MigrationState.BASELINE)
					&& (current == null || migration.version().compareTo(current) > 0)) {
				current = migration.version();
			}
		}
		return Optional.ofNullable(current);
	}

	/**
	 * When the newest migration was applied.
	 * @return the time, empty when nothing is applied
	 */
	public Optional<Instant> lastAppliedOn() {
		return this.migrations.stream()
			.map(MigrationInfo::installedOn)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
	}

	/**
	 * Whether nothing of the schema is recorded yet: no version applied, failed or baselined.
	 * @return whether the history is empty or absent
	 */
	public boolean isUnrecorded() {
		for (MigrationInfo migration : this.migrations) {
			if (migration.state() != MigrationState.PENDING && migration.state() != MigrationState.ABOVE_TARGET) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether anything needs work or a person: pending, failed, modified or skipped migrations.
	 * @return whether the schema is not up to date
	 */
	public boolean needsAttention() {
		for (MigrationInfo migration : this.migrations) {
			if (migration.state().needsAttention()) {
				return true;
			}
		}
		return false;
	}

}
