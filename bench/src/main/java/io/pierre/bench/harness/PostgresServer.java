package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL server that the benchmarks use: databases named {@code pierre_bench_<pid>_<name>},
 * each dropped when done and, whatever happens, when the harness exits.
 */
final class PostgresServer {

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private final String prefix = "pierre_bench_" + ProcessHandle.current().pid() + "_";

	private final Set<String> created = new LinkedHashSet<>();

	PostgresServer(String host, int port, String user, String password) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
		Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-bench-databases"));
	}

	static PostgresServer fromEnvironment() {
		String host = System.getenv().getOrDefault("PIERRE_BENCH_POSTGRES_HOST", "127.0.0.1");
		int port = Integer.parseInt(System.getenv().getOrDefault("PIERRE_BENCH_POSTGRES_PORT", "5432"));
		String user = System.getenv().getOrDefault("PIERRE_BENCH_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("PIERRE_BENCH_POSTGRES_PASSWORD", "");
		return new PostgresServer(host, port, user, password);
	}

	String host() {
		return this.host;
	}

	int port() {
		return this.port;
	}

	String user() {
		return this.user;
	}

	String password() {
		return this.password;
	}

	String url(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), this.user, this.password);
	}

	/**
	 * Creates an empty database of the harness's own.
	 * @param name the short name
	 * @return the database's full name
	 */
	String create(String name) {
		return create(name, null);
	}

	/**
	 * Creates a database of the harness's own as a copy of another.
	 * @param name the short name
	 * @param template the full name of the database to copy, or {@code null} for an empty one
	 * @return the database's full name
	 */
	synchronized String create(String name, String template) {
		String database = this.prefix + name;
		admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		// FILE_COPY copies the template's files; the default (WAL_LOG) would write them all to the WAL.
		admin("CREATE DATABASE " + database + ((template != null) ? " TEMPLATE " + template + " STRATEGY FILE_COPY" : ""));
		this.created.add(database);
		return database;
	}

	synchronized void drop(String database) {
		admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		this.created.remove(database);
	}

	synchronized void dropAll() {
		for (String database : new ArrayList<>(this.created)) {
			try {
				drop(database);
			}
			catch (RuntimeException ex) {
				System.err.println("Could not drop " + database + ": " + ex.getMessage());
			}
		}
	}

	String serverVersion() {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW server_version")) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL is not reachable at " + url("postgres") + ": " + ex.getMessage(),
					ex);
		}
	}

	List<String> settings(String... names) {
		List<String> values = new ArrayList<>();
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			for (String name : names) {
				try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
					rows.next();
					values.add(name + "=" + rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return values;
	}

	private void admin(String sql) {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
		}
	}

}
