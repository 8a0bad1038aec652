package io.pierre.schema.test;

import java.util.List;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A test class run through the JUnit engine inside a test, as a build would run it.
 */
public final class RunResults {

	private RunResults() {
	}

	/**
	 * Runs a {@link Fixture} class; where it needs PostgreSQL and none is at hand, the calling test
	 * is skipped as the fixture was, with its reason (under {@code CI=true} the fixture fails
	 * instead, and so does the calling test).
	 * @param testClass the class
	 * @return the run's results
	 * @throws TestAbortedException where the fixture met no PostgreSQL server
	 */
	public static EngineExecutionResults run(Class<?> testClass) {
		EngineExecutionResults results = runAsIs(testClass);
		results.allEvents()
			.aborted()
			.stream()
			.map((event) -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null))
			.filter((cause) -> cause instanceof TestAbortedException && cause.getMessage().contains(TestPostgres.NO_SERVER))
			.findFirst()
			.ifPresent((cause) -> {
				throw (TestAbortedException) cause;
			});
		return results;
	}

	/**
	 * Runs a {@link Fixture} class, skips and all.
	 * @param testClass the class
	 * @return the run's results
	 */
	public static EngineExecutionResults runAsIs(Class<?> testClass) {
		return EngineTestKit.engine("junit-jupiter")
			.selectors(selectClass(testClass))
			.configurationParameter(Fixture.PARAMETER, "true")
			.execute();
	}

	/**
	 * The messages of what failed outside any test: the run's end, a class's set-up.
	 * @param results the run's results
	 * @return the messages
	 */
	public static List<String> containerFailures(EngineExecutionResults results) {
		return results.containerEvents()
			.failed()
			.stream()
			.map(Event::getPayload)
			.map((payload) -> payload.orElseThrow().toString())
			.toList();
	}

	/**
	 * What failed, in a test or outside: each failure's exception as text, its causes included.
	 * @param results the run's results
	 * @return the failures
	 */
	public static List<String> failures(EngineExecutionResults results) {
		return results.allEvents()
			.failed()
			.stream()
			.map((event) -> event.getPayload(TestExecutionResult.class)
				.flatMap(TestExecutionResult::getThrowable)
				.map(RunResults::withCauses)
				.orElse(event.toString()))
			.toList();
	}

	private static String withCauses(Throwable failure) {
		StringBuilder text = new StringBuilder(failure.toString());
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			text.append(System.lineSeparator()).append("caused by ").append(cause);
		}
		return text.toString();
	}

}
