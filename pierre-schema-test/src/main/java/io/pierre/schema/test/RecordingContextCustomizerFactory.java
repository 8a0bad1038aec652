package io.pierre.schema.test;

import java.util.List;


import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Makes the DataSource beans of a {@link CheckStatements} test class's application context record
 * what the service runs through them.
 */
final class RecordingContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, CheckStatements.class)
				? new RecordingContextCustomizer() : null;
	}

}
