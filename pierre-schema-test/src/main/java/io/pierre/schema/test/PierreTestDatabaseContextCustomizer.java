package io.pierre.schema.test;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.pierre.schema.jdbc.DatabaseKind;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Creates a migrated database for an application context before it starts, points the context's
 * properties at it, makes it a {@link MigratedDatabase} bean, and drops it when the context closes. Equal for equal database kinds, so that
 * it takes part in Spring's context cache like any other configuration.
 */
final class PierreTestDatabaseContextCustomizer implements ContextCustomizer {

	/** The name of the {@link MigratedDatabase} bean. */
	static final String BEAN_NAME = "pierreTestDatabase";

	/** The properties' source, ahead of the application's own. */
	static final String PROPERTY_SOURCE = "pierreTestDatabase";

	private final DatabaseKind kind;

	PierreTestDatabaseContextCustomizer(DatabaseKind kind) {
		this.kind = kind;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		MigratedDatabase database = MigratedDatabase.create(this.kind);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(database)));
		// A bean, so that tests can inject it, and destroyed with the context: on close, and also
		// when the context fails to start, which publishes no ContextClosedEvent.
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, database);
		((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(BEAN_NAME, database::close);
	}

	private static Map<String, Object> properties(MigratedDatabase database) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("pierre.database.url", database.jdbcUrl());
		properties.put("spring.datasource.url", springDataSourceUrl(database));
		if (database.username() != null) {
			properties.put("pierre.database.username", database.username());
			properties.put("spring.datasource.username", database.username());
		}
		if (database.password() != null) {
			properties.put("pierre.database.password", database.password());
			properties.put("spring.datasource.password", database.password());
		}
		// Boot's test slices would otherwise put an embedded database in its place.
		properties.put("spring.test.database.replace", "none");
		return properties;
	}

	/** Boot's own pool on a SQLite file gets, through the URL, what the starter's pool sets. */
	private static String springDataSourceUrl(MigratedDatabase database) {
		if (database.kind() == DatabaseKind.SQLITE) {
			return database.jdbcUrl() + "?foreign_keys=true&busy_timeout=5000";
		}
		return database.jdbcUrl();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PierreTestDatabaseContextCustomizer customizer) && customizer.kind == this.kind;
	}

	@Override
	public int hashCode() {
		return Objects.hash(PierreTestDatabaseContextCustomizer.class, this.kind);
	}

}
