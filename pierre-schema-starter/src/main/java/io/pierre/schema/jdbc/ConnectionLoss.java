package io.pierre.schema.jdbc;

import java.sql.SQLException;

/**
 * Tells a failure whose cause is a lost connection: its backend terminated, the server shut down,
 * the network gone. PostgreSQL rolls back the transaction of a connection it loses.
 */
public final class ConnectionLoss {

	/** The connection exception class. */
	private static final String CONNECTION_EXCEPTION = "08";

	/** The operator intervention class: admin_shutdown, crash_shutdown, cannot_connect_now. */
	private static final String[] SHUTDOWNS = { "57P01", "57P02", "57P03" };

	private ConnectionLoss() {
	}

	/**
	 * Whether a failure, or one of its causes, is a lost connection.
	 * @param failure the failure
	 * @return whether it is
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && isLoss(sql.getSQLState())) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (suppressed != cause && isCause(suppressed)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isLoss(String state) {
		if (state.startsWith(CONNECTION_EXCEPTION)) {
			return true;
		}
		for (String shutdown : SHUTDOWNS) {
			if (shutdown.equals(state)) {
				return true;
			}
		}
		return false;
	}

}
