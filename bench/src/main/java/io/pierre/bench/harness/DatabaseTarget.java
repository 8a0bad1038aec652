package io.pierre.bench.harness;

import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * One database that a benchmark run works on: a SQLite file or a PostgreSQL database.
 *
 * @param kind SQLite or PostgreSQL
 * @param url its JDBC URL
 * @param user the login user, or {@code null}
 * @param password the password, or {@code null}
 */
record DatabaseTarget(DatabaseKind kind, String url, String user, String password) {

	static DatabaseTarget sqlite(java.nio.file.Path file) {
		return new DatabaseTarget(DatabaseKind.SQLITE, "jdbc:sqlite:" + file, null, null);
	}

	static DatabaseTarget postgres(PostgresServer server, String database) {
		return new DatabaseTarget(DatabaseKind.POSTGRESQL, server.url(database), server.user(), server.password());
	}

	/**
	 * The app arguments that make this database the application's DataSource.
	 * @return {@code --spring.datasource.*} arguments
	 */
	List<String> springDataSourceArgs() {
		return args("spring.datasource");
	}

	/**
	 * The app arguments that give this database to the starter, which makes the DataSource.
	 * @return {@code --pierre.database.*} arguments
	 */
	List<String> pierreDatabaseArgs() {
		return args("pierre.database");
	}

	private List<String> args(String prefix) {
		List<String> args = new ArrayList<>();
		args.add("--" + prefix + ".url=" + this.url);
		if (this.user != null) {
			args.add("--" + prefix + ".username=" + this.user);
		}
		if (this.password != null && !this.password.isEmpty()) {
			args.add("--" + prefix + ".password=" + this.password);
		}
		return args;
	}

}
