package io.pierre.schema.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Makes the connection pools that the starter owns, from {@code pierre.database.url}. SQLite
 * connections get foreign keys on, a busy timeout and the journal mode on every connection, and
 * the database file's missing parent folder is created.
 */
public final class PierreDataSourceFactory {

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

	private final Duration sqliteBusyTimeout;

	private final String sqliteJournalMode;

	public PierreDataSourceFactory(Duration sqliteBusyTimeout, String sqliteJournalMode) {
		this.sqliteBusyTimeout = sqliteBusyTimeout;
		this.sqliteJournalMode = sqliteJournalMode;
	}

	/**
	 * Makes a pool.
	 * @param url the JDBC URL
	 * @param username the user, or {@code null}
	 * @param password the password, or {@code null}
	 * @return the pool, which the caller closes
	 * @throws UnsupportedDatabaseException if the URL is not a SQLite or PostgreSQL one
	 */
	public HikariDataSource create(String url, String username, String password) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("pierre");
		dataSource.setJdbcUrl(url);
		dataSource.setUsername(username);
		dataSource.setPassword(password);
		if (url.startsWith(SQLITE_PREFIX)) {
			configureSqlite(dataSource, url.substring(SQLITE_PREFIX.length()));
		}
		else if (url.startsWith(POSTGRESQL_PREFIX)) {
			dataSource.setDriverClassName("org.postgresql.Driver");
		}
		else {
			dataSource.close();
			throw UnsupportedDatabaseException.forUrl("pierre.database.url", JdbcUrls.redact(url));
		}
		return dataSource;
	}

	private void configureSqlite(HikariDataSource dataSource, String location) {
		dataSource.setDriverClassName("org.sqlite.JDBC");
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
		dataSource.addDataSourceProperty("journal_mode", this.sqliteJournalMode);
		createParentFolder(Path.of(path));
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
