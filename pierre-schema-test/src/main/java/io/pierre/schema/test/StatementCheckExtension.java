package io.pierre.schema.test;

import io.pierre.schema.jdbc.DatabaseKind;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit side of {@link CheckStatements}: tells the run's {@link StatementLog} which test is
 * running, and puts the {@link EndOfRunCheck} in the root context's store, which JUnit closes when
 * the run ends. A test whose statements ran on SQLite, where no PostgreSQL server is at hand to
 * check them on, is skipped after it ran, with the reason, so that the test report shows what was
 * not checked (under {@code CI=true} it fails, see {@link TestPostgres}).
 * <p>
 * A JUnit extension rather than a {@code LauncherSessionListener}: its failure is reported as a
 * test failure, with its message, by every build tool, and it exists only in runs whose tests ask
 * for it.
 */
final class StatementCheckExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(StatementCheckExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		StatementLog log = StatementLog.ofThisRun();
		context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(EndOfRunCheck.class, (key) -> new EndOfRunCheck(log), EndOfRunCheck.class);
		log.currentTest(context.getRequiredTestClass().getName());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		String method = context.getRequiredTestMethod().getName();
		String shown = context.getDisplayName().equals(method + "()") ? ""
				: " [" + context.getDisplayName() + "]";
		StatementLog.ofThisRun().currentTest(context.getRequiredTestClass().getName() + "#" + method + shown);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		StatementLog log = StatementLog.ofThisRun();
		boolean ranOnSqlite = log.ranInCurrentTestOn(DatabaseKind.SQLITE);
		log.currentTest(context.getRequiredTestClass().getName());
		if (ranOnSqlite) {
			TestPostgres.requireServer();
		}
	}

}
