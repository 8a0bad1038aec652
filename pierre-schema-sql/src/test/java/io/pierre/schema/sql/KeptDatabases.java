package io.pierre.schema.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server for one test's online compilations: a test database to name the server by,
 * and a database prefix of the test's own, so that the databases that the processor keeps are
 * the test class's and are dropped after it. A test class registers it as a static extension.
 */
final class KeptDatabases implements BeforeAllCallback, AfterAllCallback {

	private PostgresDatabase database;

	private final String prefix = "pierre_sqltest_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Override
	public void beforeAll(ExtensionContext context) {
		this.database = TestPostgres.createDatabase();
	}

	PostgresServer server() {
		return new PostgresServer(this.database.url(), this.database.username(), this.database.password());
	}

	String prefix() {
		return this.prefix;
	}

	List<String> names() throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + this.prefix + "%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		if (this.database == null) {
			return;
		}
		try (Connection connection = this.database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			for (String name : names()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
		}
		finally {
			this.database.close();
		}
	}

}
