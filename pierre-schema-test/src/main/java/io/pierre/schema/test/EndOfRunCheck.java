package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pierre.schema.jdbc.DatabaseKind;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opentest4j.TestAbortedException;

/**
 * At the end of the test run, prepares every recorded statement on the database it did not run
 * on, and fails with all the statements that database refuses.
 * <p>
 * Kept in the JUnit root context's store, which closes it once every test class has run; what it
 * throws there is reported by JUnit as a failure of the run, so the build fails, with the
 * report as its message.
 */
final class EndOfRunCheck implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EndOfRunCheck.class);

	private final StatementLog log;

	EndOfRunCheck(StatementLog log) {
		this.log = log;
	}

	@Override
	public void close() {
		List<StatementFailure> failures = check(this.log.drain());
		if (!failures.isEmpty()) {
			throw new AssertionError(StatementFailure.report(failures));
		}
	}

	static List<StatementFailure> check(List<RecordedStatement> statements) {
		Map<DatabaseKind, List<RecordedStatement>> byDatabase = statements.stream()
			.collect(Collectors.groupingBy(RecordedStatement::ranOn));
		List<StatementFailure> failures = new ArrayList<>();
		byDatabase.forEach((ranOn, ran) -> failures.addAll(checkOn(other(ranOn), ran)));
		return failures;
	}

	private static List<StatementFailure> checkOn(DatabaseKind kind, List<RecordedStatement> statements) {
		MigratedDatabase database;
		try {
			database = MigratedDatabase.create(kind);
		}
		catch (TestAbortedException ex) {
			logger.warn("Pierre schema: " + statements.size() + " recorded statements were not checked on "
					+ kind.productName() + ": " + ex.getMessage());
			return List.of();
		}
		StatementPreparer preparer = new StatementPreparer(kind);
		List<StatementFailure> failures = new ArrayList<>();
		try (database; Connection connection = database.dataSource().getConnection()) {
			for (RecordedStatement statement : statements) {
				preparer.prepare(connection, statement.sql(), statement.parameterTypes())
					.ifPresent((error) -> failures.add(new StatementFailure(statement.sql(), kind, error,
							statement.test(), statement.ranOn(), statement.parameterTypes())));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to the " + kind.productName() + " test database", ex);
		}
		return failures;
	}

	private static DatabaseKind other(DatabaseKind kind) {
		return (kind == DatabaseKind.SQLITE) ? DatabaseKind.POSTGRESQL : DatabaseKind.SQLITE;
	}

}
