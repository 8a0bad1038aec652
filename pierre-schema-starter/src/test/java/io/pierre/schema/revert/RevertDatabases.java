package io.pierre.schema.revert;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;

/**
 * A database of either kind that one test owns: a SQLite file in the test's folder, or a
 * PostgreSQL database that {@link #close()} drops.
 */
final class RevertDatabases implements AutoCloseable {

	private final DataSource dataSource;

	private final PostgresDatabase postgres;

	private RevertDatabases(DataSource dataSource, PostgresDatabase postgres) {
		this.dataSource = dataSource;
		this.postgres = postgres;
	}

	static RevertDatabases of(DatabaseKind kind, Path directory) {
		if (kind == DatabaseKind.SQLITE) {
			return new RevertDatabases(TestSqlite.dataSource(directory.resolve("pierre.db")), null);
		}
		PostgresDatabase database = TestPostgres.createDatabase();
		return new RevertDatabases(database.dataSource(), database);
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() {
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

}
