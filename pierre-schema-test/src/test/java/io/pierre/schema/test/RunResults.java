package io.pierre.schema.test;

import java.util.List;

import org.junit.platform.testkit.engine.EngineExecutionResults;
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
	 * Runs a {@link Fixture} class.
	 * @param testClass the class
	 * @return the run's results
	 */
	public static EngineExecutionResults run(Class<?> testClass) {
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

}
