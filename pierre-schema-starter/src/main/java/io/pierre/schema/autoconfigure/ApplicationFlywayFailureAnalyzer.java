package io.pierre.schema.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says what to do when the application's own Flyway (Spring Boot's) refuses a database that
 * already holds tables, such as the Pierre schema's, and no history of its own: the case that
 * {@code PierreSchemaFlywayAutoConfiguration} leaves to the user, when they set
 * {@code spring.flyway.baseline-on-migrate} themselves or point Flyway at another database.
 * Recognised by Flyway's message, so that this class loads no Flyway class.
 */
class ApplicationFlywayFailureAnalyzer implements FailureAnalyzer {

	private static final String NON_EMPTY_SCHEMA = "Found non-empty schema";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().startsWith("org.flywaydb.") && cause.getMessage() != null
					&& cause.getMessage().contains(NON_EMPTY_SCHEMA)) {
				return new FailureAnalysis("The application's Flyway found tables (such as the Pierre schema's) but no "
						+ "history of its own: " + cause.getMessage(),
						"Let it record a baseline below your first migration: set spring.flyway.baseline-on-migrate=true "
								+ "and spring.flyway.baseline-version=0 (the starter sets both unless you set "
								+ "spring.flyway.baseline-on-migrate yourself, for the database that holds the Pierre schema).",
						cause);
			}
		}
		return null;
	}

}
