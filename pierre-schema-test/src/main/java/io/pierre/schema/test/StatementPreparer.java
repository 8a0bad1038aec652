package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Prepares a statement on a database without running it, and says what the database objects to.
 * SQLite compiles a statement when it is prepared. The PostgreSQL driver prepares on the server
 * only when a statement runs, so its parameters' metadata is asked for: that sends the statement
 * to the server to be parsed and typed (a Parse and Describe round trip), with the parameter types
 * given, and the server reports unknown columns and functions and mismatched types then.
 */
final class StatementPreparer {

	private final DatabaseKind kind;

	StatementPreparer(DatabaseKind kind) {
		this.kind = kind;
	}

	/**
	 * Prepares one statement.
	 * @param connection a connection to the database
	 * @param sql the statement, with {@code ?} placeholders
	 * @param parameterTypes the {@link java.sql.Types} of its parameters as the application binds
	 * them, {@code null} where unknown; may be shorter than the parameters
	 * @return the database's error, or empty if the statement prepares
	 */
	Optional<String> prepare(Connection connection, String sql, List<Integer> parameterTypes) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			if (this.kind == DatabaseKind.POSTGRESQL) {
				for (int i = 0; i < parameterTypes.size(); i++) {
					if (parameterTypes.get(i) != null) {
						statement.setNull(i + 1, parameterTypes.get(i));
					}
				}
				statement.getParameterMetaData();
			}
			return Optional.empty();
		}
		catch (SQLException ex) {
			return Optional.of(ex.getMessage().strip());
		}
	}

}
