package io.pierre.schema.test;

import javax.sql.DataSource;


import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Wraps every DataSource bean of the context, once initialized, in one that records its statements.
 * All instances are equal: recording is one configuration for the context cache.
 */
final class RecordingContextCustomizer implements ContextCustomizer {

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !StatementRecording.isRecording(dataSource))
						? StatementRecording.wrap(dataSource) : bean;
			}

		});
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecordingContextCustomizer;
	}

	@Override
	public int hashCode() {
		return RecordingContextCustomizer.class.hashCode();
	}

}
