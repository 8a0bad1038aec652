package io.pierre.schema.sql;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server that the processor prepares statements on.
 *
 * @param url a JDBC URL of a database on it
 * @param username the user, who may create databases
 * @param password the password
 */
record PostgresServer(String url, String username, String password) {

	/**
	 * A DataSource of one of the server's databases. Not DriverManager: it sees only the drivers of
	 * the class loader that javac runs in, not those of the processor path.
	 * @param database the database, or {@code null} for the one that {@link #url()} names
	 * @return the DataSource
	 */
	PGSimpleDataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL((database != null) ? urlFor(database) : this.url);
		dataSource.setUser(this.username);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	private String urlFor(String database) {
		int query = this.url.indexOf('?');
		String base = (query < 0) ? this.url : this.url.substring(0, query);
		String parameters = (query < 0) ? "" : this.url.substring(query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
	}

	@Override
	public String toString() {
		return this.url;
	}

}
