package io.pierre.schema.autoconfigure;

import java.time.Duration;

import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.migration.BackupPolicy;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.MigrationSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the Pierre schema starter, under {@code pierre.database}.
 */
@ConfigurationProperties("pierre.database")
public class PierreDatabaseProperties {

	/**
	 * Whether to migrate or validate the Pierre schema on startup.
	 */
	private final boolean enabled;

	/**
	 * URL of the Pierre database: a JDBC URL, or the Pierre server's DATABASE_URL forms
	 * (sqlite:./data/users.db, postgres://user:pass@host/db). Without an application DataSource it
	 * becomes the application's DataSource; with one, the schema goes to this database instead.
	 */
	private final String url;

	/**
	 * Login user of the Pierre database.
	 */
	private final String username;

	/**
	 * Login password of the Pierre database.
	 */
	private final String password;

	/**
	 * What to do on startup: migrate, validate (change nothing, fail when anything is pending,
	 * failed or modified) or none.
	 */
	private final MigrationMode mode;

	/**
	 * Name of the table that records the applied Pierre migrations.
	 */
	private final String historyTable;

	/**
	 * PostgreSQL schema to create and hold the Pierre tables. Defaults to the connection's.
	 */
	private final String schema;

	/**
	 * Last version to migrate to, such as 20250120000013. Defaults to the newest.
	 */
	private final String target;

	/**
	 * Whether to accept a database that holds versions newer than this starter knows, as
	 * during a rolling upgrade.
	 */
	private final boolean ignoreFutureVersions;

	/**
	 * Whether to take over a database that the Pierre server's sqlx migrations created,
	 * recording its versions as a baseline, when it has no history table of the starter's.
	 */
	private final boolean adoptSqlxHistory;

	/**
	 * How long a connection attempt to the pierre.database.url database may take before startup fails.
	 */
	private final Duration connectTimeout;

	/**
	 * Settings of SQLite connections that the starter makes.
	 */
	private final Sqlite sqlite;

	/**
	 * Backups of a SQLite database file before pending migrations are applied to it.
	 */
	private final Backup backup;

	/**
	 * Reverts of applied versions, which only an explicit command runs, never a start.
	 */
	private final Revert revert;

	public PierreDatabaseProperties(@DefaultValue("true") boolean enabled, String url, String username,
			String password, @DefaultValue("migrate") MigrationMode mode,
			@DefaultValue(MigrationSettings.DEFAULT_HISTORY_TABLE) String historyTable, String schema, String target,
			@DefaultValue("false") boolean ignoreFutureVersions, @DefaultValue("true") boolean adoptSqlxHistory,
			@DefaultValue("10s") Duration connectTimeout, @DefaultValue Sqlite sqlite, @DefaultValue Backup backup,
			@DefaultValue Revert revert) {
		this.enabled = enabled;
		this.url = url;
		this.username = username;
		this.password = password;
		this.mode = mode;
		this.historyTable = historyTable;
		this.schema = schema;
		this.target = target;
		this.ignoreFutureVersions = ignoreFutureVersions;
		this.adoptSqlxHistory = adoptSqlxHistory;
		this.connectTimeout = connectTimeout;
		this.sqlite = sqlite;
		this.backup = backup;
		this.revert = revert;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public String getUrl() {
		return this.url;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPassword() {
		return this.password;
	}

	public MigrationMode getMode() {
		return this.mode;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public String getSchema() {
		return this.schema;
	}

	public String getTarget() {
		return this.target;
	}

	public boolean isIgnoreFutureVersions() {
		return this.ignoreFutureVersions;
	}

	public boolean isAdoptSqlxHistory() {
		return this.adoptSqlxHistory;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public Sqlite getSqlite() {
		return this.sqlite;
	}

	public Backup getBackup() {
		return this.backup;
	}

	public Revert getRevert() {
		return this.revert;
	}

	/**
	 * The Pierre database's location and credentials, checked.
	 * @return the parsed {@code pierre.database.url}
	 * @throws io.pierre.schema.migration.InvalidSettingException if the URL is malformed
	 * @throws io.pierre.schema.jdbc.UnsupportedDatabaseException if it names another database
	 */
	public DatabaseUrl toDatabaseUrl() {
		return DatabaseUrl.parse("pierre.database.url", this.url, this.username, this.password);
	}

	/**
	 * The settings of a migration run, checked.
	 * @return the settings
	 * @throws io.pierre.schema.migration.InvalidSettingException if a name is not a plain SQL
	 * identifier or the target not a version
	 */
	public MigrationSettings toMigrationSettings() {
		return new MigrationSettings(this.historyTable, this.schema, this.target);
	}

	/**
	 * The backup policy, checked.
	 * @return the policy
	 * @throws io.pierre.schema.migration.InvalidSettingException if it keeps no backup
	 */
	public BackupPolicy toBackupPolicy() {
		return new BackupPolicy(this.backup.isEnabled(), this.backup.getKeep());
	}

	/**
	 * Settings of SQLite connections that the starter makes.
	 */
	public static class Sqlite {

		/**
		 * How long a connection waits for a lock held by another before it fails.
		 */
		private final Duration busyTimeout;

		/**
		 * Journal mode of the database file; WAL lets readers work while a writer writes.
		 */
		private final String journalMode;

		public Sqlite(@DefaultValue("5s") Duration busyTimeout, @DefaultValue("WAL") String journalMode) {
			this.busyTimeout = busyTimeout;
			this.journalMode = journalMode;
		}

		public Duration getBusyTimeout() {
			return this.busyTimeout;
		}

		public String getJournalMode() {
			return this.journalMode;
		}

	}

	/**
	 * Backups of a SQLite database file, made beside it before pending migrations are applied.
	 * PostgreSQL databases are not backed up by the starter: use pg_dump.
	 */
	public static class Backup {

		/**
		 * Whether to copy a SQLite database that has tables before applying pending migrations to it.
		 */
		private final boolean enabled;

		/**
		 * How many backups of a database file to keep; older ones are deleted.
		 */
		private final int keep;

		public Backup(@DefaultValue("true") boolean enabled, @DefaultValue("3") int keep) {
			this.enabled = enabled;
			this.keep = keep;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public int getKeep() {
			return this.keep;
		}

	}

	/**
	 * Reverts of applied versions with their down scripts.
	 */
	public static class Revert {

		/**
		 * Whether a revert may drop tables that hold rows, or columns that hold values, that the older version cannot hold.
		 */
		private final boolean discardData;

		public Revert(@DefaultValue("false") boolean discardData) {
			this.discardData = discardData;
		}

		public boolean isDiscardData() {
			return this.discardData;
		}

	}

}
