package io.pierre.bench.app;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Times the schema step inside the JVM: from the moment the context starts to create the first
 * bean of the schema tool (the starter's migrator, which reads the catalog, and initializer; Boot's {@code Flyway}
 * bean and {@code flywayInitializer}) to the end of the initializer's initialization. The window
 * holds what the tool needs and nothing else does: the starter's catalog read, or Boot's
 * {@code Flyway} configuration and class-path scan, then the migration or the check.
 */
final class MigrationStepTimer implements InstantiationAwareBeanPostProcessor, BeanPostProcessor {

	private static final Set<String> INITIALIZERS = Set.of("pierreSchemaInitializer", "flywayInitializer");

	private static final Set<String> STEP_BEANS = Set.of("pierreSchemaMigrator",
			"pierreSchemaInitializer", "flyway", "flywayInitializer");

	private static final Map<String, Long> starts = new ConcurrentHashMap<>();

	private static volatile String initializer;

	private static volatile long endNanos;

	@Override
	public Object postProcessBeforeInstantiation(Class<?> beanClass, String name) {
		if (STEP_BEANS.contains(name)) {
			starts.putIfAbsent(name, System.nanoTime());
		}
		return null;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (INITIALIZERS.contains(name)) {
			initializer = name;
			endNanos = System.nanoTime();
		}
		return bean;
	}

	/**
	 * The initializer of the schema tool, or {@code none} when the app has none.
	 * @return the bean's name
	 */
	static String stepBean() {
		return (initializer != null) ? initializer : "none";
	}

	/**
	 * How long the step took.
	 * @return the time in microseconds, or -1 without a step
	 */
	static long stepMicros() {
		if (initializer == null) {
			return -1;
		}
		long start = starts.values().stream().mapToLong(Long::longValue).min().orElse(endNanos);
		return (endNanos - start) / 1000;
	}

}
