package io.pierre.schema.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.InvalidSettingException;

import org.springframework.util.ClassUtils;

/**
 * Makes the connection pools that the starter owns, from {@code pierre.database.url}. SQLite
 * connections get foreign keys on, a busy timeout and the journal mode on every connection, and
 * the database file's missing parent folder is created (unless the factory
 * {@linkplain #creatingNothing() creates nothing}). Every connection attempt is bounded by the
 * connect timeout, so that an unreachable server fails startup instead of hanging it.
 */
public final class PierreDataSourceFactory {

	private static final String URL_PROPERTY = "pierre.database.url";

	/** A PostgreSQL migration's lock, its versions, and the watch for what blocks them. */
	private static final int SCHEMA_ONLY_POOL_SIZE = 3;

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	private static final String SQLITE_DRIVER = "org.sqlite.JDBC";

	private static final String POSTGRESQL_DRIVER = "org.postgresql.Driver";

	/** What every SQLite 3 database file starts with. */
	private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	private final Duration connectTimeout;

	private final Duration sqliteBusyTimeout;

	private final String sqliteJournalMode;

	private final boolean createsNothing;

	/**
	 * Creates a factory.
	 * @param connectTimeout how long a connection attempt may take, whole seconds: the PostgreSQL
	 * driver counts its timeouts in seconds, and 0 means forever
	 * @param sqliteBusyTimeout how long a SQLite connection waits for another's lock
	 * @param sqliteJournalMode the journal mode of SQLite files
	 */
	public PierreDataSourceFactory(Duration connectTimeout, Duration sqliteBusyTimeout, String sqliteJournalMode) {
		this(connectTimeout, sqliteBusyTimeout, sqliteJournalMode, false);
	}

	private PierreDataSourceFactory(Duration connectTimeout, Duration sqliteBusyTimeout, String sqliteJournalMode,
			boolean createsNothing) {
		if (connectTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("The connect timeout must be at least a second, not "
					+ connectTimeout.toMillis() + " ms");
		}
		this.connectTimeout = connectTimeout;
		this.sqliteBusyTimeout = sqliteBusyTimeout;
		this.sqliteJournalMode = sqliteJournalMode;
		this.createsNothing = createsNothing;
	}

	/**
	 * A factory like this one whose pools leave the disk as they find it, for a start that must
	 * change nothing ({@code mode: validate}): a SQLite file that does not exist is refused, not
	 * created, with no folder, and no journal mode is set, since a journal mode persists in the file.
	 * @return the factory
	 */
	public PierreDataSourceFactory creatingNothing() {
		return new PierreDataSourceFactory(this.connectTimeout, this.sqliteBusyTimeout, this.sqliteJournalMode, true);
	}

	/**
	 * Makes a pool. It connects on first use, not here.
	 * @param url where the database is, with its credentials
	 * @return the pool, which the caller closes
	 * @throws InvalidSettingException if a SQLite URL names a folder or a file that is not a
	 * SQLite database
	 */
	public HikariDataSource create(DatabaseUrl url) {
		checkDriver(url);
		if (url.kind() == DatabaseKind.SQLITE) {
			checkSqliteFile(url, this.createsNothing);
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("pierre");
		dataSource.setJdbcUrl(url.jdbcUrl());
		dataSource.setUsername(url.username());
		dataSource.setPassword(url.password());
		dataSource.setConnectionTimeout(this.connectTimeout.toMillis());
		// Not a switch: a switch on another class's enum is one more class, made at every start.
		if (url.kind() == DatabaseKind.SQLITE) {
			configureSqlite(dataSource, location(url));
		}
		else {
			configurePostgresql(dataSource);
		}
		return dataSource;
	}

	/**
	 * Makes a pool that serves the schema alone, beside the application's own DataSource: it
	 * migrates at startup and answers health checks, so it keeps at most three connections and none
	 * while idle, where a default pool would hold ten for good.
	 * @param url where the database is, with its credentials
	 * @return the pool, which the caller closes
	 * @throws InvalidSettingException as {@link #create} does
	 */
	public HikariDataSource createForSchemaOnly(DatabaseUrl url) {
		HikariDataSource dataSource = create(url);
		if (dataSource.getMaximumPoolSize() > SCHEMA_ONLY_POOL_SIZE) {
			dataSource.setMaximumPoolSize(SCHEMA_ONLY_POOL_SIZE);
			dataSource.setMinimumIdle(0);
		}
		return dataSource;
	}

	private void configurePostgresql(HikariDataSource dataSource) {
		dataSource.setDriverClassName(POSTGRESQL_DRIVER);
		// The pool's timeout covers waiting for a connection of the pool; these cover the driver's
		// own attempt: the TCP connect, then the login. A timeout in the URL wins over them.
		String seconds = Long.toString(Math.max(1, (this.connectTimeout.toMillis() + 999) / 1000));
		dataSource.addDataSourceProperty("connectTimeout", seconds);
		dataSource.addDataSourceProperty("loginTimeout", seconds);
		// One multi-row INSERT per batch instead of one round trip per row.
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
	}

	private void configureSqlite(HikariDataSource dataSource, String location) {
		dataSource.setDriverClassName(SQLITE_DRIVER);
		dataSource.addDataSourceProperty("foreign_keys", "true");
		dataSource.addDataSourceProperty("busy_timeout", Long.toString(this.sqliteBusyTimeout.toMillis()));
		String path = JdbcUrls.sqliteFile(location);
		if (path == null) {
			// Every connection to an in-memory database opens a new, empty one: keep exactly one.
			dataSource.setMaximumPoolSize(1);
			dataSource.setMinimumIdle(1);
			dataSource.setIdleTimeout(0);
			dataSource.setMaxLifetime(0);
			return;
		}
		if (this.createsNothing) {
			// SQLITE_OPEN_READWRITE without SQLITE_OPEN_CREATE: a file gone since the check is not made.
			dataSource.addDataSourceProperty("open_mode", "2");
			return;
		}
		dataSource.addDataSourceProperty("journal_mode", this.sqliteJournalMode);
		createParentFolder(Path.of(path));
	}

	/**
	 * Refuses a database whose driver a service left out (each is needed only for its database),
	 * saying which one to add back.
	 */
	private static void checkDriver(DatabaseUrl url) {
		boolean sqlite = url.kind() == DatabaseKind.SQLITE;
		String driver = sqlite ? SQLITE_DRIVER : POSTGRESQL_DRIVER;
		if (!ClassUtils.isPresent(driver, null)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a " + url.kind().productName() + " database, but its JDBC driver (" + driver
							+ ") is not on the class path: add " + (sqlite ? "org.xerial:sqlite-jdbc" : "org.postgresql:postgresql")
							+ " back to the application's dependencies");
		}
	}

	/**
	 * Refuses, before the driver opens it, a path that SQLite would fail on with a message that
	 * names no file ({@code SQLITE_CANTOPEN}, {@code SQLITE_NOTADB}).
	 */
	private static void checkSqliteFile(DatabaseUrl url, boolean mustExist) {
		String path = JdbcUrls.sqliteFile(location(url));
		if (path == null) {
			return;
		}
		Path file = Path.of(path);
		if (Files.isDirectory(file)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a folder, not a SQLite database file");
		}
		if (mustExist && !Files.exists(file)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a SQLite database that does not exist; mode validate creates nothing: "
							+ "migrate it first, or correct the path");
		}
		if (Files.isRegularFile(file) && !startsWithSqliteHeader(file)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a file that is not a SQLite database; it was left as it is");
		}
	}

	private static boolean startsWithSqliteHeader(Path file) {
		try (InputStream input = Files.newInputStream(file)) {
			byte[] header = input.readNBytes(SQLITE_HEADER.length);
			// SQLite makes an empty file a new database.
			return header.length == 0 || Arrays.equals(header, SQLITE_HEADER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the SQLite database file " + file, ex);
		}
	}

	private static String location(DatabaseUrl url) {
		return url.jdbcUrl().substring(SQLITE_PREFIX.length());
	}

	private static void createParentFolder(Path file) {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null && !Files.isDirectory(parent)) {
			try {
				Files.createDirectories(parent);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not create the folder " + parent + " of the SQLite database", ex);
			}
		}
	}

}
