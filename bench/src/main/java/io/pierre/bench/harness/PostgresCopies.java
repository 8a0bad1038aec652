package io.pierre.bench.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL databases: the template and its copies ({@code CREATE DATABASE ... TEMPLATE}).
 */
final class PostgresCopies implements DatabaseCopies {

	private final PostgresServer server;

	private final long users;

	private String template;

	private String copy;

	PostgresCopies(PostgresServer server, long users) {
		this.server = server;
		this.users = users;
	}

	@Override
	public DatabaseTarget createTemplate() {
		this.template = this.server.create("upgrade_" + this.users + "_template");
		return DatabaseTarget.postgres(this.server, this.template);
	}

	@Override
	public DatabaseTarget copy(DatabaseTarget template) {
		this.copy = this.server.create("upgrade_" + this.users + "_run", this.template);
		return DatabaseTarget.postgres(this.server, this.copy);
	}

	@Override
	public long size(DatabaseTarget database) {
		try (Connection connection = this.server.connect(this.template);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT pg_database_size(current_database())")) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void dispose(DatabaseTarget copy) {
		this.server.drop(this.copy);
	}

	@Override
	public void disposeTemplate(DatabaseTarget template) {
		this.server.drop(this.template);
	}

}
