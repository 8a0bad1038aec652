package io.pierre.schema.testsupport;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL database that one test owns; {@link #close()} drops it.
 */
public final class PostgresDatabase implements AutoCloseable {

	private final TestPostgres.Server server;

	private final String name;

	PostgresDatabase(TestPostgres.Server server, String name) {
		this.server = server;
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	public String url() {
		return this.server.urlFor(this.name);
	}

	public String username() {
		return this.server.username();
	}

	public String password() {
		return this.server.password();
	}

	/**
	 * A connection-per-call DataSource, so that nothing stays open when the test ends.
	 * @return a DataSource for this database
	 */
	public DataSource dataSource() {
		return new DriverManagerDataSource(url(), username(), password());
	}

	@Override
	public void close() {
		this.server.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

}
