package io.pierre.schema.test;

import java.sql.SQLException;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Records in the run's {@link StatementLog} every statement that the service's code runs through
 * one DataSource, with the test that ran it and the service's migrations in its database. What
 * migrates the database (the Pierre starter's migration and status queries, Flyway, Liquibase,
 * Boot's SQL initialization) is left out: the other database gets the same migrations before the
 * check.
 */
final class RecordingListener implements QueryExecutionListener {

	private static final String STARTER = "io.pierre.schema.";

	private static final String THIS_MODULE = "io.pierre.schema.test.";

	private static final List<String> MIGRATION_TOOLS = List.of("org.flywaydb.", "liquibase.",
			"org.springframework.boot.jdbc.init.", "org.springframework.boot.sql.init.");

	private final StatementLog log;

	private final ServiceMigrations migrations;

	/** Known once the first statement has run; every connection of one DataSource is to one database. */
	private volatile DatabaseKind kind;

	RecordingListener(StatementLog log, ServiceMigrations migrations) {
		this.log = log;
		this.migrations = migrations;
	}

	RecordingListener(StatementLog log, ServiceMigrations migrations, DatabaseKind kind) {
		this(log, migrations);
		this.kind = kind;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (isFromMigration()) {
			return;
		}
		DatabaseKind ranOn = kind(execution);
		String test = this.log.currentTest();
		for (QueryInfo query : queries) {
			List<Integer> types = query.getParametersList().isEmpty() ? List.of()
					: ParameterTypes.of(query.getParametersList().get(0));
			this.log.record(new RecordedStatement(query.getQuery(), types, ranOn, test, this.migrations));
		}
	}

	private DatabaseKind kind(ExecutionInfo execution) {
		DatabaseKind known = this.kind;
		if (known == null) {
			try {
				known = DatabaseKind
					.fromProductName(execution.getStatement().getConnection().getMetaData().getDatabaseProductName());
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not tell which database a recorded statement ran on", ex);
			}
			this.kind = known;
		}
		return known;
	}

	private static boolean isFromMigration() {
		return StackWalker.getInstance()
			.walk((frames) -> frames.map(StackWalker.StackFrame::getClassName).anyMatch(RecordingListener::isMigration));
	}

	private static boolean isMigration(String className) {
		return (className.startsWith(STARTER) && !className.startsWith(THIS_MODULE))
				|| MIGRATION_TOOLS.stream().anyMatch(className::startsWith);
	}

}
