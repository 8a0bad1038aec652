package io.pierre.schema.liquibase;

import javax.sql.DataSource;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * Applies a service's own Liquibase changelog to a database that holds the Pierre schema, as Spring
 * Boot's Liquibase does there with the starter: with Liquibase's {@link SpringLiquibase}, which is
 * what Boot runs, so that the changelog is read and recorded as the service's own start would.
 */
public final class ServiceLiquibaseMigrations {

	private final String changeLog;

	/**
	 * Creates the migrations of a changelog.
	 * @param changeLog the master changelog, a Spring resource location such as
	 * {@code classpath:/db/changelog/db.changelog-master.yaml}
	 */
	public ServiceLiquibaseMigrations(String changeLog) {
		this.changeLog = changeLog;
	}

	/**
	 * Applies every change set not applied yet.
	 * @param dataSource the database
	 * @param kind what the database is
	 * @param classLoader where {@code classpath:} locations are looked up
	 * @throws ServiceMigrationException if one fails
	 */
	public void migrate(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
		SpringLiquibase liquibase = new SpringLiquibase();
		liquibase.setDataSource(dataSource);
		liquibase.setChangeLog(this.changeLog);
		liquibase.setResourceLoader(new DefaultResourceLoader(classLoader));
		try {
			liquibase.afterPropertiesSet();
		}
		catch (LiquibaseException | RuntimeException ex) {
			throw new ServiceMigrationException("The service's Liquibase changelog (" + this.changeLog
					+ ") could not be applied on " + kind.productName() + ": " + ex.getMessage(), ex);
		}
	}

}
