package io.pierre.bench.app;

import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Times the schema step inside the JVM: from the moment the context starts to create the bean
 * that migrates (the starter's {@code pierreSchemaInitializer}, or Boot's
 * {@code flywayInitializer}) to the end of its initialization. The window holds everything that
 * the bean needs first and nothing else needs: the starter's catalog and migrator, or Boot's
 * {@code Flyway} bean with its configuration and class-path scan, then the migration or the check.
 */
final class MigrationStepTimer implements InstantiationAwareBeanPostProcessor, BeanPostProcessor {

	static final Set<String> STEP_BEANS = Set.of("pierreSchemaInitializer", "flywayInitializer");

	private static volatile String beanName;

	private static volatile long startNanos;

	private static volatile long endNanos;

	@Override
	public Object postProcessBeforeInstantiation(Class<?> beanClass, String name) {
		if (STEP_BEANS.contains(name)) {
			beanName = name;
			startNanos = System.nanoTime();
		}
		return null;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (name.equals(beanName)) {
			endNanos = System.nanoTime();
		}
		return bean;
	}

	/**
	 * The step's bean, or {@code none} when the app has no schema tool.
	 * @return the bean's name
	 */
	static String stepBean() {
		return (beanName != null) ? beanName : "none";
	}

	/**
	 * How long the step took.
	 * @return the time in microseconds, or -1 without a step
	 */
	static long stepMicros() {
		return (beanName != null && endNanos != 0) ? (endNanos - startNanos) / 1000 : -1;
	}

}
