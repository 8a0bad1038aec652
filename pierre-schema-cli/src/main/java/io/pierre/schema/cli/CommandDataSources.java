package io.pierre.schema.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.JdbcUrls;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The connection pools of the commands: the starter's for commands that change the database,
 * and read-only ones for those that must not. A read-only SQLite database must exist; it is
 * opened read-only with no journal-mode pragma, and, when in WAL mode with no write-ahead log
 * beside it (no connection open), as immutable, since even a read-only connection leaves a
 * {@code -wal} and {@code -shm} file behind otherwise. A read-only PostgreSQL connection refuses
 * every write, in or out of a transaction.
 */
final class CommandDataSources {

	private static final String URL_PROPERTY = "pierre.database.url";

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	/** The header's byte that holds the file format's read version: 2 in WAL mode. */
	private static final int FORMAT_READ_VERSION_OFFSET = 18;

	private static final int WAL_FORMAT = 2;

	private static final int POOL_SIZE = 2;

	private final PierreDatabaseProperties properties;

	CommandDataSources(PierreDatabaseProperties properties) {
		this.properties = properties;
	}

	/**
	 * A pool for a command that changes the database, as the starter makes it.
	 * @return the pool, which the caller closes
	 */
	HikariDataSource forChanges() {
		return factory().createForSchemaOnly(this.properties.toDatabaseUrl());
	}

	/**
	 * A pool that cannot change the database nor create any file.
	 * @return the pool, which the caller closes
	 * @throws MissingDatabaseException if a SQLite file does not exist
	 */
	HikariDataSource readOnly() {
		DatabaseUrl url = this.properties.toDatabaseUrl();
		if (url.kind() == DatabaseKind.POSTGRESQL) {
			HikariDataSource dataSource = factory().createForSchemaOnly(url);
			dataSource.setReadOnly(true);
			// Read-only also outside transactions, where the driver would otherwise not say it.
			dataSource.addDataSourceProperty("readOnlyMode", "always");
			return dataSource;
		}
		String path = JdbcUrls.sqliteFile(url.jdbcUrl().substring(SQLITE_PREFIX.length()));
		if (path == null) {
			// An in-memory database is this process's alone: nothing on disk to protect.
			return factory().createForSchemaOnly(url);
		}
		return readOnlySqlite(url, Path.of(path).toAbsolutePath().normalize());
	}

	private HikariDataSource readOnlySqlite(DatabaseUrl url, Path file) {
		if (Files.isDirectory(file)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a folder, not a SQLite database file");
		}
		if (!Files.exists(file)) {
			throw new MissingDatabaseException("The SQLite database " + file + " does not exist; nothing was created");
		}
		byte[] header = header(file);
		if (header.length > 0 && !startsWith(header, SQLITE_HEADER)) {
			throw new InvalidSettingException(URL_PROPERTY, JdbcUrls.redact(url.jdbcUrl()),
					"names a file that is not a SQLite database; it was left as it is");
		}
		boolean walWithoutLog = header.length > FORMAT_READ_VERSION_OFFSET
				&& header[FORMAT_READ_VERSION_OFFSET] == WAL_FORMAT
				&& !Files.exists(Path.of(file + "-wal"));
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		config.setOpenMode(SQLiteOpenMode.READONLY);
		config.setBusyTimeout((int) this.properties.getSqlite().getBusyTimeout().toMillis());
		SQLiteDataSource sqlite = new SQLiteDataSource(config);
		sqlite.setUrl(SQLITE_PREFIX + "file:" + uriPath(file) + "?mode=ro" + (walWithoutLog ? "&immutable=1" : ""));
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("pierre-read-only");
		dataSource.setDataSource(sqlite);
		// The pool sets the flag on every connection; SQLite refuses to change it once open.
		dataSource.setReadOnly(true);
		dataSource.setMaximumPoolSize(POOL_SIZE);
		dataSource.setMinimumIdle(0);
		dataSource.setConnectionTimeout(this.properties.getConnectTimeout().toMillis());
		return dataSource;
	}

	private PierreDataSourceFactory factory() {
		return new PierreDataSourceFactory(this.properties.getConnectTimeout(),
				this.properties.getSqlite().getBusyTimeout(), this.properties.getSqlite().getJournalMode().name());
	}

	private static String uriPath(Path file) {
		// A URI filename: every character that has a meaning in a URI is escaped, '/' kept.
		return URLEncoder.encode(file.toString(), StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
	}

	private static byte[] header(Path file) {
		try (InputStream input = Files.newInputStream(file)) {
			return input.readNBytes(FORMAT_READ_VERSION_OFFSET + 2);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the SQLite database file " + file, ex);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
