package io.pierre.schema.test;

import java.util.List;


import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives the application context of a test class annotated with {@link PierreTestDatabase} its
 * database.
 */
final class PierreTestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		PierreTestDatabase annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				PierreTestDatabase.class);
		return (annotation != null) ? new PierreTestDatabaseContextCustomizer(annotation.value()) : null;
	}

}
