package io.pierre.schema.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that the tests run through {@link RunResults}, and only there: run with the
 * others, what it records would mix with theirs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyInsideATest.class)
public @interface Fixture {

	/** The configuration parameter that {@link RunResults} sets. */
	String PARAMETER = "io.pierre.schema.test.fixtures";

	/** Disables a fixture class outside {@link RunResults}. */
	class OnlyInsideATest implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return context.getConfigurationParameter(PARAMETER).isPresent()
					? ConditionEvaluationResult.enabled("run by a test")
					: ConditionEvaluationResult.disabled("a fixture, run by the tests of its enclosing class");
		}

	}

}
