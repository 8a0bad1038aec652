package io.pierre.schema.test;

import io.pierre.schema.jdbc.DatabaseKind;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Ends the life of a {@link PierreTestDatabase} context with its test class, so that the class's
 * database is dropped then rather than when the JVM exits, and pools of many classes do not stay
 * open together. Before the class, skips it (or fails it under {@code CI=true}) when it asks for
 * PostgreSQL and no server is at hand, rather than failing to load its context.
 */
final class PierreTestDatabaseTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		// Before dependency injection loads the context; after Boot's own listeners.
		return 1000;
	}

	@Override
	public void beforeTestClass(TestContext testContext) {
		PierreTestDatabase annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
				PierreTestDatabase.class);
		if (annotation != null && annotation.value() == DatabaseKind.POSTGRESQL) {
			TestPostgres.requireServer();
		}
	}

	@Override
	public void afterTestClass(TestContext testContext) {
		// Declared on the class or a superclass only: a @Nested class shares its enclosing
		// class's context, which must live on until the enclosing class ends.
		if (AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), PierreTestDatabase.class)) {
			testContext.markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);
		}
	}

}
