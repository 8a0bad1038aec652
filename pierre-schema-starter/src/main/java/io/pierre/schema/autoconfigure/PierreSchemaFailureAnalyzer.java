package io.pierre.schema.autoconfigure;

import io.pierre.schema.jdbc.UnsupportedDatabaseException;
import io.pierre.schema.migration.DatabaseConnectionException;
import io.pierre.schema.migration.InvalidSettingException;
import io.pierre.schema.migration.SchemaMigrationException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the starter's startup failures into Boot's failure report: what went wrong and what to
 * do, instead of a stack trace.
 */
class PierreSchemaFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidSettingException invalid) {
				return new FailureAnalysis(invalid.getMessage(), "Correct " + invalid.getProperty() + ".", invalid);
			}
			if (cause instanceof UnsupportedDatabaseException unsupported) {
				return new FailureAnalysis(unsupported.getMessage(),
						"Point pierre.database.url, or the application's DataSource, at a SQLite or PostgreSQL database.",
						unsupported);
			}
			if (cause instanceof DatabaseConnectionException connection) {
				return new FailureAnalysis(connection.getMessage(),
						"Check pierre.database.url, pierre.database.username and pierre.database.password (or the "
								+ "application's DataSource) and that the database server is reachable. "
								+ "pierre.database.connect-timeout bounds how long a start waits for it. Nothing was changed.",
						connection);
			}
			if (cause instanceof SchemaMigrationException migration) {
				return new FailureAnalysis(migration.getMessage(),
						"See the state of every version with the 'info' command or /actuator/pierreschema, "
								+ "correct the cause and start again. The database is at the last version that succeeded.",
						migration);
			}
		}
		return null;
	}

}
