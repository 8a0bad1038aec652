package io.pierre.schema.test;

import javax.sql.DataSource;

import io.pierre.schema.service.ServiceMigrationDiscovery;
import io.pierre.schema.service.ServiceMigrations;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Wraps every DataSource bean of the context, once initialized, in one that records its statements
 * with the service's own migrations that the context's configuration gives Boot (see
 * {@link ServiceMigrationDiscovery}). All instances are equal: recording is one configuration for
 * the context cache.
 */
final class RecordingContextCustomizer implements ContextCustomizer {

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !StatementRecording.isRecording(dataSource))
						? StatementRecording.wrap(dataSource, serviceMigrations(context)) : bean;
			}

		});
	}

	private static ServiceMigrations serviceMigrations(ConfigurableApplicationContext context) {
		ClassLoader classLoader = (context.getClassLoader() != null) ? context.getClassLoader()
				: ClassUtils.getDefaultClassLoader();
		return ServiceMigrationDiscovery.fromProperties(context.getEnvironment()::getProperty, classLoader);
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
