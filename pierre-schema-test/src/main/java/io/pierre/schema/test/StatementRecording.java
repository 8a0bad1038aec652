package io.pierre.schema.test;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Wraps DataSources so that what runs through them is recorded in the run's {@link StatementLog}.
 */
final class StatementRecording {

	private StatementRecording() {
	}

	/**
	 * Whether the test class asks for its statements to be checked.
	 * @param context the test's or class's context
	 * @return whether it is annotated with {@link CheckStatements}
	 */
	static boolean isRequested(ExtensionContext context) {
		return context.getTestClass()
			.map((testClass) -> AnnotationSupport.isAnnotated(testClass, CheckStatements.class))
			.orElse(false);
	}

	/**
	 * Whether a DataSource records already.
	 * @param dataSource the DataSource
	 * @return whether it is one that {@link #wrap} made
	 */
	static boolean isRecording(DataSource dataSource) {
		return dataSource instanceof RecordingDataSource;
	}

	/**
	 * Wraps a DataSource whose database is known and holds the Pierre schema only.
	 * @param dataSource the DataSource
	 * @param kind its database
	 * @return a DataSource that records what runs through it
	 */
	static DataSource wrap(DataSource dataSource, DatabaseKind kind) {
		return new RecordingDataSource(dataSource,
				new RecordingListener(StatementLog.ofThisRun(), ServiceMigrations.none(), kind));
	}

	/**
	 * Wraps a DataSource whose database is read from the first statement's connection.
	 * @param dataSource the DataSource
	 * @param migrations the service's own migrations in its database
	 * @return a DataSource that records what runs through it
	 */
	static DataSource wrap(DataSource dataSource, ServiceMigrations migrations) {
		return new RecordingDataSource(dataSource, new RecordingListener(StatementLog.ofThisRun(), migrations));
	}

}
