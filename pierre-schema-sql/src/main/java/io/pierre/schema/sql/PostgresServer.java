package io.pierre.schema.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server that the processor prepares statements on.
 *
 * @param url a JDBC URL of a database on it
 * @param username the user, who may create databases
 * @param password the password
 */
record PostgresServer(String url, String username, String password) {

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(urlFor(database), this.username, this.password);
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	String urlFor(String database) {
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
