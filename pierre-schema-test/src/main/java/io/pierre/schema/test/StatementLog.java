package io.pierre.schema.test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The statements that the service's code ran during the test run, each once, with the test that
 * ran it first.
 * <p>
 * One per JVM on purpose: the recording DataSources live in Spring application contexts that
 * outlive a test class, and the check runs when the whole JUnit run ends; this log is the one
 * place both reach.
 */
final class StatementLog {

	private static final StatementLog RUN = new StatementLog();

	private final List<RecordedStatement> statements = new ArrayList<>();

	/** Read from the threads that run statements, such as a web server's; written by the test's. */
	private volatile String currentTest = "(outside any test)";

	/** The databases that statements of the current test ran on. */
	private final Set<DatabaseKind> ranOnInCurrentTest = EnumSet.noneOf(DatabaseKind.class);

	private StatementLog() {
	}

	static StatementLog ofThisRun() {
		return RUN;
	}

	synchronized void currentTest(String test) {
		this.currentTest = test;
		this.ranOnInCurrentTest.clear();
	}

	String currentTest() {
		return this.currentTest;
	}

	/**
	 * Whether a statement of the current test ran on a database, since it began.
	 * @param kind the database
	 * @return whether one did
	 */
	synchronized boolean ranInCurrentTestOn(DatabaseKind kind) {
		return this.ranOnInCurrentTest.contains(kind);
	}

	synchronized void record(RecordedStatement statement) {
		this.ranOnInCurrentTest.add(statement.ranOn());
		if (this.statements.stream().noneMatch(statement::sameAs)) {
			this.statements.add(statement);
		}
	}

	/**
	 * Hands the statements over to be checked, emptying the log.
	 * @return the statements recorded since the last call
	 */
	synchronized List<RecordedStatement> drain() {
		List<RecordedStatement> drained = new ArrayList<>(this.statements);
		this.statements.clear();
		return drained;
	}

}
