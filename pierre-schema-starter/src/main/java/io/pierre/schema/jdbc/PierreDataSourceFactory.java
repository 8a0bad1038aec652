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

	private final Duration sqliteBusyTimeout;

	private final String sqliteJournalMode;

	public PierreDataSourceFactory(Duration sqliteBusyTimeout, String sqliteJournalMode) {
		this.sqliteBusyTimeout = sqliteBusyTimeout;
		this.sqliteJournalMode = sqliteJournalMode;
	}

	/**
	 * Makes a pool.
	 * @param url where the database is, with its credentials
	 * @return the pool, which the caller closes
	 */
	public HikariDataSource create(DatabaseUrl url) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("pierre");
		dataSource.setJdbcUrl(url.jdbcUrl());
		dataSource.setUsername(url.username());
		dataSource.setPassword(url.password());
		switch (url.kind()) {
			case SQLITE -> configureSqlite(dataSource, url.jdbcUrl().substring(SQLITE_PREFIX.length()));
			case POSTGRESQL -> {
				dataSource.setDriverClassName("org.postgresql.Driver");
				// One multi-row INSERT per batch instead of one round trip per row.
				dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
			}
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
