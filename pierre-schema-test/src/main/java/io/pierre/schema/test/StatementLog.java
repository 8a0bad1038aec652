package io.pierre.schema.test;

import java.util.ArrayList;
import java.util.List;

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

	private StatementLog() {
	}

	static StatementLog ofThisRun() {
		return RUN;
	}

	void currentTest(String test) {
		this.currentTest = test;
	}

	String currentTest() {
		return this.currentTest;
	}

	synchronized void record(RecordedStatement statement) {
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
