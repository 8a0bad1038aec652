package io.pierre.schema.safety;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Held while one process re-reads the schema's state and changes it, so that instances starting
 * together against one database take turns: the first does the work, the others find it done.
 */
public interface MigrationLock extends AutoCloseable {

	/**
	 * Takes the lock of one database's Pierre schema, waiting for whoever holds it: on PostgreSQL
	 * an advisory lock named after the history table, on a SQLite file a lock file beside it.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param sqliteFile the SQLite database's file, empty for PostgreSQL and in-memory databases
	 * @param historyTable the history table, which names the PostgreSQL lock
	 * @return the lock
	 * @throws SchemaMigrationException if the lock cannot be taken
	 */
	static MigrationLock acquire(DataSource dataSource, DatabaseKind kind, Optional<Path> sqliteFile,
			HistoryTable historyTable) {
		if (kind == DatabaseKind.POSTGRESQL) {
			try {
				return PostgresMigrationLock.acquire(dataSource, historyTable);
			}
			catch (SQLException ex) {
				throw new SchemaMigrationException("Could not lock the database for migrating: " + ex.getMessage(), ex);
			}
		}
		try {
			// An in-memory database is seen by this process only.
			return sqliteFile.<MigrationLock>map(SqliteMigrationLock::acquire).orElseGet(() -> () -> {
			});
		}
		catch (UncheckedIOException ex) {
			throw new SchemaMigrationException(ex.getMessage() + ": " + ex.getCause().getMessage(), ex);
		}
	}

	/**
	 * Releases the lock.
	 */
	@Override
	void close();

}
