package io.pierre.schema.test;

import java.sql.SQLException;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Records in the run's {@link StatementLog} every statement that the service's code runs through
 * one DataSource, with the test that ran it. What the Pierre starter itself runs there (the
 * schema's migration and status queries, Flyway) is left out: it is written for each database.
 */
final class RecordingListener implements QueryExecutionListener {

	private static final String STARTER = "io.pierre.schema.";

	private static final String THIS_MODULE = "io.pierre.schema.test.";

	private static final String FLYWAY = "org.flywaydb.";

	private final StatementLog log;

	/** Known once the first statement has run; every connection of one DataSource is to one database. */
	private volatile DatabaseKind kind;

	RecordingListener(StatementLog log) {
		this.log = log;
	}

	RecordingListener(StatementLog log, DatabaseKind kind) {
		this.log = log;
		this.kind = kind;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (isFromStarter()) {
			return;
		}
		DatabaseKind ranOn = kind(execution);
		String test = this.log.currentTest();
		for (QueryInfo query : queries) {
			List<Integer> types = query.getParametersList().isEmpty() ? List.of()
					: ParameterTypes.of(query.getParametersList().get(0));
			this.log.record(new RecordedStatement(query.getQuery(), types, ranOn, test));
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

	private static boolean isFromStarter() {
		return StackWalker.getInstance()
			.walk((frames) -> frames.map(StackWalker.StackFrame::getClassName).anyMatch(RecordingListener::isStarter));
	}

	private static boolean isStarter(String className) {
		return (className.startsWith(STARTER) && !className.startsWith(THIS_MODULE)) || className.startsWith(FLYWAY);
	}

}
