package io.pierre.schema;

import java.sql.SQLException;

/**
 * The Pierre database could not be connected to: unreachable, wrong credentials, or not a
 * database. Nothing was changed.
 */
public class DatabaseConnectionException extends SchemaMigrationException {

	public DatabaseConnectionException(Exception cause) {
		super("Could not connect to the Pierre database: " + describe(cause), cause);
	}

	@Override
	public String getAction() {
		return "Check pierre.database.url, pierre.database.username and pierre.database.password (or the "
				+ "application's DataSource) and that the database server is reachable. "
				+ "pierre.database.connect-timeout bounds how long a start waits for it. Nothing was changed.";
	}

	/**
	 * The pool's message with the driver's reason when the pool's does not already say it, e.g.
	 * "Failed to initialize pool: FATAL: role "x" does not exist".
	 */
	private static String describe(Exception cause) {
		String message = String.valueOf(cause.getMessage());
		Throwable reason = cause;
		while (reason.getCause() != null && reason.getCause() != reason) {
			reason = reason.getCause();
		}
		if (reason == cause && cause instanceof SQLException sql && sql.getNextException() != null) {
			reason = sql.getNextException();
		}
		if (reason != cause && reason.getMessage() != null && !message.contains(reason.getMessage())) {
			message = message + ": " + reason.getMessage();
		}
		return message;
	}

}
