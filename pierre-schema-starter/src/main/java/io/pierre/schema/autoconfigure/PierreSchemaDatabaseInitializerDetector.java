package io.pierre.schema.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * A {@link DatabaseInitializerDetector} for the {@link PierreSchemaInitializer}, ordered first, so
 * that every other initializer (the application's own Flyway, Liquibase or SQL scripts) and every
 * bean that depends on database initialization waits for the Pierre schema.
 */
class PierreSchemaDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(PierreSchemaInitializer.class);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
