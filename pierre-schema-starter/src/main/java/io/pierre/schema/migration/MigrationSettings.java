package io.pierre.schema.migration;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.locks.LockWaitSettings;
import io.pierre.schema.safety.BackupPolicy;

import org.springframework.util.unit.DataSize;

/**
 * Everything the migrator is told, in one immutable value. Made from {@code pierre.database.*}
 * where the properties are bound, and checked there; {@link #defaults()} and the {@code with}
 * methods serve code that makes a migrator of its own.
 *
 * @param historyTable where the history is kept
 * @param target the last version to apply, or {@code null} for the newest
 * @param ignoreFutureVersions whether versions that a newer release applied are accepted
 * @param adoptSqlxHistory whether a database that the Pierre server's sqlx migrations created is
 * taken over
 * @param backup whether and how many backups of a SQLite file to keep
 * @param discardDataOnRevert whether a revert may drop rows and values that the older version
 * cannot hold
 * @param sqliteMigrationCache the most page cache that the SQLite connection applying the versions
 * may take; within it, the cache is sized from what they rewrite
 * @param postgresqlLockWait how each version waits for its locks on PostgreSQL
 */
public record MigrationSettings(HistoryTable historyTable, SchemaVersion target, boolean ignoreFutureVersions,
		boolean adoptSqlxHistory, BackupPolicy backup, boolean discardDataOnRevert, DataSize sqliteMigrationCache,
		LockWaitSettings postgresqlLockWait) {

	/**
	 * The default history table, the newest version, no future versions, sqlx databases adopted,
	 * SQLite files backed up, no data discarded by a revert, a page cache of at most 2 GB for
	 * SQLite migrations, the {@linkplain LockWaitSettings#defaults() default lock waits} on PostgreSQL.
	 * @return the settings
	 */
	public static MigrationSettings defaults() {
		return new MigrationSettings(HistoryTable.defaults(), null, false, true, BackupPolicy.defaults(), false,
				DataSize.ofGigabytes(2), LockWaitSettings.defaults());
	}

	/**
	 * The same settings with another history table.
	 * @param historyTable where the history is kept
	 * @return the new settings
	 */
	public MigrationSettings withHistoryTable(HistoryTable historyTable) {
		return new MigrationSettings(historyTable, this.target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings with another target.
	 * @param target the last version to apply, or {@code null} for the newest
	 * @return the new settings
	 */
	public MigrationSettings withTarget(SchemaVersion target) {
		return new MigrationSettings(this.historyTable, target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings, accepting or refusing versions that a newer release applied.
	 * @param ignoreFutureVersions whether they are accepted
	 * @return the new settings
	 */
	public MigrationSettings withIgnoreFutureVersions(boolean ignoreFutureVersions) {
		return new MigrationSettings(this.historyTable, this.target, ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings, adopting or refusing sqlx-migrated databases.
	 * @param adoptSqlxHistory whether they are adopted
	 * @return the new settings
	 */
	public MigrationSettings withAdoptSqlxHistory(boolean adoptSqlxHistory) {
		return new MigrationSettings(this.historyTable, this.target, this.ignoreFutureVersions, adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings with another backup policy.
	 * @param backup whether and how many backups of a SQLite file to keep
	 * @return the new settings
	 */
	public MigrationSettings withBackup(BackupPolicy backup) {
		return new MigrationSettings(this.historyTable, this.target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				backup, this.discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings, letting a revert discard data or not.
	 * @param discardDataOnRevert whether a revert may drop rows and values that the older version
	 * cannot hold
	 * @return the new settings
	 */
	public MigrationSettings withDiscardDataOnRevert(boolean discardDataOnRevert) {
		return new MigrationSettings(this.historyTable, this.target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, discardDataOnRevert, this.sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings with another page cache for SQLite migrations.
	 * @param sqliteMigrationCache the page cache of the SQLite connection that applies the versions
	 * @return the new settings
	 */
	public MigrationSettings withSqliteMigrationCache(DataSize sqliteMigrationCache) {
		return new MigrationSettings(this.historyTable, this.target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, sqliteMigrationCache, this.postgresqlLockWait);
	}

	/**
	 * The same settings with other lock waits on PostgreSQL.
	 * @param postgresqlLockWait how each version waits for its locks on PostgreSQL
	 * @return the new settings
	 */
	public MigrationSettings withPostgresqlLockWait(LockWaitSettings postgresqlLockWait) {
		return new MigrationSettings(this.historyTable, this.target, this.ignoreFutureVersions, this.adoptSqlxHistory,
				this.backup, this.discardDataOnRevert, this.sqliteMigrationCache, postgresqlLockWait);
	}

}
