package io.pierre.schema.testsupport;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * A database of either kind that one test owns: a SQLite file in the test's folder, or a
 * PostgreSQL database that {@link #close()} drops.
 *
 * @param dataSource the database
 * @param postgres the PostgreSQL database to drop, or {@code null} for SQLite
 */
public record OwnedDatabase(DataSource dataSource, PostgresDatabase postgres) implements AutoCloseable {

	/**
	 * A new, empty database.
	 * @param kind which database
	 * @param directory the test's folder, where a SQLite file goes
	 * @param name the SQLite file's name
	 * @return the database
	 */
	public static OwnedDatabase of(DatabaseKind kind, Path directory, String name) {
		if (kind == DatabaseKind.SQLITE) {
			return new OwnedDatabase(TestSqlite.dataSource(directory.resolve(name)), null);
		}
		PostgresDatabase database = TestPostgres.createDatabase();
		return new OwnedDatabase(database.dataSource(), database);
	}

	@Override
	public void close() {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

}
