package io.pierre.schema.test;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A database at the newest Pierre schema that one test or test class owns; closing it drops it
 * (PostgreSQL) or deletes its folder (SQLite).
 */
public final class MigratedDatabase implements AutoCloseable {

	private final DatabaseKind kind;

	private final String jdbcUrl;

	private final String username;

	private final String password;

	private final Runnable drop;

	MigratedDatabase(DatabaseKind kind, String jdbcUrl, String username, String password, Runnable drop) {
		this.kind = kind;
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.drop = drop;
	}

	/**
	 * Creates a database of its own, migrated to the newest version.
	 * @param kind the database
	 * @return the database, which the caller closes
	 * @throws org.opentest4j.TestAbortedException for PostgreSQL when no server is reachable (see
	 * {@link TestPostgres})
	 */
	public static MigratedDatabase create(DatabaseKind kind) {
		return switch (kind) {
			case SQLITE -> TestSqlite.createMigrated();
			case POSTGRESQL -> TestPostgres.createMigrated();
		};
	}

	/**
	 * Creates a database of its own, migrated to the newest version and then by the service's own
	 * migrations, so that it holds what the service's database holds.
	 * @param kind the database
	 * @param migrations the service's migrations
	 * @param classLoader where they are looked up
	 * @return the database, which the caller closes
	 * @throws io.pierre.schema.ServiceMigrationException if they cannot be applied (the database
	 * is dropped then)
	 * @throws org.opentest4j.TestAbortedException as {@link #create(DatabaseKind)}
	 */
	public static MigratedDatabase create(DatabaseKind kind, ServiceMigrations migrations, ClassLoader classLoader) {
		MigratedDatabase database = create(kind);
		try {
			migrations.applyTo(database.dataSource(), kind, classLoader);
			return database;
		}
		catch (RuntimeException ex) {
			database.close();
			throw ex;
		}
	}

	public DatabaseKind kind() {
		return this.kind;
	}

	public String jdbcUrl() {
		return this.jdbcUrl;
	}

	/**
	 * The user, or {@code null} for SQLite.
	 * @return the user
	 */
	public String username() {
		return this.username;
	}

	/**
	 * The password, or {@code null} where there is none.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * A DataSource that opens a connection per call, so that nothing stays open after the test;
	 * SQLite connections enforce foreign keys, as the starter's do.
	 * @return a DataSource for this database
	 */
	public DataSource dataSource() {
		if (this.kind == DatabaseKind.SQLITE) {
			SQLiteConfig config = new SQLiteConfig();
			config.enforceForeignKeys(true);
			SQLiteDataSource dataSource = new SQLiteDataSource(config);
			dataSource.setUrl(this.jdbcUrl);
			return dataSource;
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(this.jdbcUrl);
		dataSource.setUser(this.username);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	@Override
	public void close() {
		this.drop.run();
	}

	@Override
	public String toString() {
		return this.kind.productName() + " test database " + this.jdbcUrl;
	}

}
