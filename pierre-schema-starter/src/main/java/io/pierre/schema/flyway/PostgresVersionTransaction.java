package io.pierre.schema.flyway;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.pierre.schema.locks.BlockerWatch;
import io.pierre.schema.locks.LockWaitSettings;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Sets up each PostgreSQL version's transaction as it starts, inside it: the lock and statement
 * timeouts and the application name of {@link LockWaitSettings}, and the backend that the
 * {@link BlockerWatch} looks at. Remembers which version runs and how many were applied.
 */
final class PostgresVersionTransaction implements Callback {

	private final LockWaitSettings settings;

	private final BlockerWatch watch;

	private MigrationInfo running;

	private int applied;

	PostgresVersionTransaction(LockWaitSettings settings, BlockerWatch watch) {
		this.settings = settings;
		this.watch = watch;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		if (event == Event.AFTER_EACH_MIGRATE) {
			this.applied++;
			return;
		}
		this.running = context.getMigrationInfo();
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String setting : this.settings.transactionSettings()) {
				statement.execute(setting);
			}
			try (ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
				pid.next();
				this.watch.watch(pid.getInt(1));
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not set up the transaction of version "
					+ this.running.getVersion() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The version that ran last, which is the one that failed when a run fails.
	 * @return its version, or {@code null} before any
	 */
	String runningVersion() {
		return (this.running != null && this.running.getVersion() != null) ? this.running.getVersion().getVersion()
				: null;
	}

	/**
	 * How many versions were applied, over every attempt.
	 * @return the count
	 */
	int applied() {
		return this.applied;
	}

	@Override
	public String getCallbackName() {
		return "pierre-postgres-version-transaction";
	}

}
