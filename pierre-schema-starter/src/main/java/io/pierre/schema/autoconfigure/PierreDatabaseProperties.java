package io.pierre.schema.autoconfigure;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.locks.LockWaitSettings;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.jdbc.SqliteJournalMode;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.safety.BackupPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the Pierre schema starter, under {@code pierre.database}.
 * <p>
 * Bound through setters, as Boot's own properties are: binding the same tree through
 * constructors, which convert every default from its text, made each start some 35 ms slower.
 */
@ConfigurationProperties("pierre.database")
public class PierreDatabaseProperties {

	/**
	 * Whether to migrate or validate the Pierre schema on startup.
	 */
	private boolean enabled = true;

	/**
	 * URL of the Pierre database: a JDBC URL, or the Pierre server's DATABASE_URL forms
	 * (sqlite:./data/users.db, postgres://user:pass@host/db). Without an application DataSource it
	 * becomes the application's DataSource; with one, the schema goes to this database instead.
	 */
	private String url;

	/**
	 * Login user of the Pierre database.
	 */
	private String username;

	/**
	 * Login password of the Pierre database.
	 */
	private String password;

	/**
	 * What to do on startup: migrate, validate (change nothing, fail when anything is pending,
	 * failed or modified) or none.
	 */
	private MigrationMode mode = MigrationMode.MIGRATE;

	/**
	 * Name of the table that records the applied Pierre migrations.
	 */
	private String historyTable = HistoryTable.DEFAULT_NAME;

	/**
	 * PostgreSQL schema to create and hold the Pierre tables. Defaults to the connection's.
	 */
	private String schema;

	/**
	 * Last version to migrate to, such as 20250120000013. Defaults to the newest.
	 */
	private String target;

	/**
	 * Whether to accept a database that holds versions newer than this starter knows, as
	 * during a rolling upgrade.
	 */
	private boolean ignoreFutureVersions;

	/**
	 * Whether to take over a database that the Pierre server's sqlx migrations created,
	 * recording its versions as a baseline, when it has no history table of the starter's.
	 */
	private boolean adoptSqlxHistory = true;

	/**
	 * How long a connection attempt to the pierre.database.url database may take before startup
	 * fails. Seconds unless a unit is given.
	 */
	@DurationUnit(ChronoUnit.SECONDS)
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Settings of SQLite connections that the starter makes.
	 */
	private final Sqlite sqlite = new Sqlite();

	/**
	 * How migrations on PostgreSQL wait for the locks of a live database.
	 */
	private final Postgresql postgresql = new Postgresql();

	/**
	 * Backups of a SQLite database file before pending migrations are applied to it.
	 */
	private final Backup backup = new Backup();

	/**
	 * The pierreSchema health indicator.
	 */
	private final Health health = new Health();

	/**
	 * Reverts of applied versions, which only an explicit command runs, never a start.
	 */
	private final Revert revert = new Revert();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public MigrationMode getMode() {
		return this.mode;
	}

	public void setMode(MigrationMode mode) {
		this.mode = mode;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public boolean isIgnoreFutureVersions() {
		return this.ignoreFutureVersions;
	}

	public void setIgnoreFutureVersions(boolean ignoreFutureVersions) {
		this.ignoreFutureVersions = ignoreFutureVersions;
	}

	public boolean isAdoptSqlxHistory() {
		return this.adoptSqlxHistory;
	}

	public void setAdoptSqlxHistory(boolean adoptSqlxHistory) {
		this.adoptSqlxHistory = adoptSqlxHistory;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Sqlite getSqlite() {
		return this.sqlite;
	}

	public Postgresql getPostgresql() {
		return this.postgresql;
	}

	public Backup getBackup() {
		return this.backup;
	}

	public Health getHealth() {
		return this.health;
	}

	public Revert getRevert() {
		return this.revert;
	}

	/**
	 * The Pierre database's location and credentials, checked.
	 * @return the parsed {@code pierre.database.url}
	 * @throws InvalidSettingException if the URL is malformed
	 * @throws io.pierre.schema.jdbc.UnsupportedDatabaseException if it names another database
	 */
	public DatabaseUrl toDatabaseUrl() {
		return DatabaseUrl.parse("pierre.database.url", this.url, this.username, this.password);
	}

	/**
	 * The settings of every migration, checked: the one place where they are made from the
	 * properties.
	 * @return the settings
	 * @throws InvalidSettingException naming the property, if a name is not a plain SQL
	 * identifier, the target not a version, or backups are on but none is kept
	 */
	public MigrationSettings toMigrationSettings() {
		requirePlainIdentifier("pierre.database.history-table", this.historyTable);
		if (this.schema != null) {
			requirePlainIdentifier("pierre.database.schema", this.schema);
		}
		SchemaVersion targetVersion = null;
		if (this.target != null) {
			try {
				targetVersion = SchemaVersion.of(this.target);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidSettingException("pierre.database.target", this.target, "is not a migration version");
			}
		}
		if (this.backup.isEnabled() && this.backup.getKeep() < 1) {
			throw new InvalidSettingException("pierre.database.backup.keep", Integer.toString(this.backup.getKeep()),
					"must be at least 1; set pierre.database.backup.enabled=false to make no backups");
		}
		if (this.sqlite.getMigrationCache().toKilobytes() < 2000) {
			throw new InvalidSettingException("pierre.database.sqlite.migration-cache",
					this.sqlite.getMigrationCache().toKilobytes() + "KB", "must be at least 2000KB, SQLite's own default");
		}
		BackupPolicy backupPolicy = this.backup.isEnabled() ? new BackupPolicy(true, this.backup.getKeep())
				: BackupPolicy.disabled();
		return new MigrationSettings(new HistoryTable(this.historyTable, this.schema), targetVersion,
				this.ignoreFutureVersions, this.adoptSqlxHistory, backupPolicy, this.revert.isDiscardData(),
				this.sqlite.getMigrationCache(), this.postgresql.toLockWaitSettings());
	}

	/**
	 * The factory of the connection pools that the starter makes, checked; under mode
	 * {@code validate}, one that {@linkplain PierreDataSourceFactory#creatingNothing() creates nothing}.
	 * @return the factory
	 * @throws InvalidSettingException if the connect timeout is under a second
	 */
	public PierreDataSourceFactory toDataSourceFactory() {
		// The PostgreSQL driver counts its timeouts in whole seconds, and 0 means forever.
		if (this.connectTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidSettingException("pierre.database.connect-timeout", this.connectTimeout.toMillis() + "ms",
					"must be at least 1s (a number without a unit is read as seconds)");
		}
		PierreDataSourceFactory factory = new PierreDataSourceFactory(this.connectTimeout, this.sqlite.getBusyTimeout(),
				this.sqlite.getJournalMode().name());
		// Validate changes nothing, from the first connection on.
		return (this.mode == MigrationMode.VALIDATE) ? factory.creatingNothing() : factory;
	}

	private static void requirePlainIdentifier(String property, String value) {
		if (!HistoryTable.isPlainIdentifier(value)) {
			throw new InvalidSettingException(property, value,
					"is not a plain SQL identifier (a letter or underscore, then letters, digits or underscores, at most 63)");
		}
	}

	/**
	 * Settings of SQLite connections that the starter makes.
	 */
	public static class Sqlite {

		/**
		 * How long a connection waits for a lock held by another before it fails. Seconds unless a
		 * unit is given.
		 */
		@DurationUnit(ChronoUnit.SECONDS)
		private Duration busyTimeout = Duration.ofSeconds(5);

		/**
		 * Journal mode of the database file; WAL lets readers work while a writer writes.
		 */
		private SqliteJournalMode journalMode = SqliteJournalMode.WAL;

		/**
		 * Most page cache that the connection applying migrations may take while they run; within
		 * it, twice the tables the largest pending version rewrites, at most a quarter of memory.
		 */
		private DataSize migrationCache = DataSize.ofGigabytes(2);

		public Duration getBusyTimeout() {
			return this.busyTimeout;
		}

		public void setBusyTimeout(Duration busyTimeout) {
			this.busyTimeout = busyTimeout;
		}

		public SqliteJournalMode getJournalMode() {
			return this.journalMode;
		}

		public void setJournalMode(SqliteJournalMode journalMode) {
			this.journalMode = journalMode;
		}

		public DataSize getMigrationCache() {
			return this.migrationCache;
		}

		public void setMigrationCache(DataSize migrationCache) {
			this.migrationCache = migrationCache;
		}

	}

	/**
	 * How migrations on PostgreSQL wait for the locks of a live database: each version's
	 * statements wait at most the lock timeout, so that the queries that queue behind a waiting
	 * statement wait no longer; a version that times out is rolled back and tried again.
	 */
	public static class Postgresql {

		/**
		 * How long one statement of a version may wait for a lock before the version is rolled back and retried.
		 */
		private Duration lockTimeout = Duration.ofMillis(500);

		/**
		 * How many times a version whose lock wait timed out is tried again before startup fails.
		 */
		private int lockRetries = 15;

		/**
		 * Pause before the first retry; each next pause doubles, up to 30s, jittered to between half and all of it.
		 */
		private Duration lockRetryPause = Duration.ofSeconds(1);

		/**
		 * How long one statement of a version may run on the migration's connection; 0 for no limit, whatever the role's own.
		 */
		private Duration statementTimeout = Duration.ZERO;

		public Duration getLockTimeout() {
			return this.lockTimeout;
		}

		public void setLockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
		}

		public int getLockRetries() {
			return this.lockRetries;
		}

		public void setLockRetries(int lockRetries) {
			this.lockRetries = lockRetries;
		}

		public Duration getLockRetryPause() {
			return this.lockRetryPause;
		}

		public void setLockRetryPause(Duration lockRetryPause) {
			this.lockRetryPause = lockRetryPause;
		}

		public Duration getStatementTimeout() {
			return this.statementTimeout;
		}

		public void setStatementTimeout(Duration statementTimeout) {
			this.statementTimeout = statementTimeout;
		}

		LockWaitSettings toLockWaitSettings() {
			if (this.lockTimeout.compareTo(Duration.ofMillis(1)) < 0) {
				throw new InvalidSettingException("pierre.database.postgresql.lock-timeout", this.lockTimeout.toString(),
						"must be at least 1ms; a lock timeout of 0 would let a version wait forever");
			}
			if (this.lockRetries < 0) {
				throw new InvalidSettingException("pierre.database.postgresql.lock-retries",
						Integer.toString(this.lockRetries), "must not be negative");
			}
			if (this.lockRetryPause.isNegative()) {
				throw new InvalidSettingException("pierre.database.postgresql.lock-retry-pause",
						this.lockRetryPause.toString(), "must not be negative");
			}
			if (this.statementTimeout.isNegative()) {
				throw new InvalidSettingException("pierre.database.postgresql.statement-timeout",
						this.statementTimeout.toString(), "must not be negative; 0 is no limit");
			}
			return new LockWaitSettings(this.lockTimeout, this.lockRetries, this.lockRetryPause, this.statementTimeout);
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
		private boolean enabled = true;

		/**
		 * How many backups of a database file to keep; older ones are deleted.
		 */
		private int keep = 3;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getKeep() {
			return this.keep;
		}

		public void setKeep(int keep) {
			this.keep = keep;
		}

	}

	/**
	 * The pierreSchema health indicator.
	 */
	public static class Health {

		/**
		 * How long a comparison of the live schema with its version's holds while the history
		 * stays the same; a change of the history compares again at once. 0 compares on every
		 * health check. Minutes unless a unit is given.
		 */
		@DurationUnit(ChronoUnit.MINUTES)
		private Duration driftCheckInterval = Duration.ofMinutes(5);

		public Duration getDriftCheckInterval() {
			return this.driftCheckInterval;
		}

		public void setDriftCheckInterval(Duration driftCheckInterval) {
			this.driftCheckInterval = driftCheckInterval;
		}

	}

	/**
	 * Reverts of applied versions with their down scripts.
	 */
	public static class Revert {

		/**
		 * Whether a revert may drop tables that hold rows, or columns that hold values, that the older version cannot hold.
		 */
		private boolean discardData;

		public boolean isDiscardData() {
			return this.discardData;
		}

		public void setDiscardData(boolean discardData) {
			this.discardData = discardData;
		}

	}

}
