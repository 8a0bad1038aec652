package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.opentest4j.TestAbortedException;

import org.springframework.util.ClassUtils;

/**
 * At the end of the test run, prepares every recorded statement on the database it did not run
 * on, which gets the Pierre schema and then the service's own migrations that the database it ran
 * on holds, and fails with all the statements that database refuses.
 * <p>
 * Kept in the JUnit root context's store, which closes it once every test class has run; what it
 * throws there is reported by JUnit as a failure of the run, so the build fails, with the
 * report as its message. A service migration that the other database cannot apply fails the run
 * too, naming it. Statements that cannot be checked, because no PostgreSQL server is at
 * hand, are logged: the tests that ran them were skipped with the reason already (see
 * {@link StatementCheckExtension}); under {@code CI=true} that is a failure (see
 * {@link TestPostgres}).
 */
final class EndOfRunCheck implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EndOfRunCheck.class);

	private final StatementLog log;

	EndOfRunCheck(StatementLog log) {
		this.log = log;
	}

	@Override
	public void close() {
		List<StatementFailure> failures = new ArrayList<>();
		List<String> unmigrated = new ArrayList<>();
		byDatabase(this.log.drain()).forEach((database, statements) -> {
			try {
				failures.addAll(checkOn(database, statements));
			}
			catch (ServiceMigrationException ex) {
				unmigrated.add(ex.getMessage() + System.lineSeparator() + "  so " + statements.size()
						+ " recorded statement(s) were not checked there");
			}
			catch (TestAbortedException ex) {
				logger.warn("Pierre schema: " + statements.size() + " recorded statement(s) were not checked on "
						+ database.kind().productName() + ": " + ex.getMessage());
			}
		});
		List<String> report = new ArrayList<>(unmigrated);
		if (!failures.isEmpty()) {
			report.add(StatementFailure.report(failures));
		}
		if (!report.isEmpty()) {
			throw new AssertionError(String.join(System.lineSeparator(), report));
		}
	}

	/** The statements by the database that checks them: the other kind, with the same migrations. */
	private static Map<CheckDatabase, List<RecordedStatement>> byDatabase(List<RecordedStatement> statements) {
		return statements.stream()
			.collect(Collectors.groupingBy(
					(statement) -> new CheckDatabase(other(statement.ranOn()), statement.migrations()),
					LinkedHashMap::new, Collectors.toList()));
	}

	private static List<StatementFailure> checkOn(CheckDatabase check, List<RecordedStatement> statements) {
		DatabaseKind kind = check.kind();
		StatementPreparer preparer = new StatementPreparer(kind);
		List<StatementFailure> failures = new ArrayList<>();
		try (MigratedDatabase database = MigratedDatabase.create(kind, check.migrations(),
				ClassUtils.getDefaultClassLoader()); Connection connection = database.dataSource().getConnection()) {
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

	/**
	 * A database that statements are checked on.
	 *
	 * @param kind the database
	 * @param migrations the service's own migrations it gets after the Pierre schema
	 */
	private record CheckDatabase(DatabaseKind kind, ServiceMigrations migrations) {

	}

}
