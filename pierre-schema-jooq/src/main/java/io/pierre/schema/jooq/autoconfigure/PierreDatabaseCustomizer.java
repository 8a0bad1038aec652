package io.pierre.schema.jooq.autoconfigure;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.PierreSchemaDataSource;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives Spring Boot's {@code DSLContext} the Pierre schema's rendering when its DataSource is the
 * Pierre database, and leaves it alone when it is another.
 */
final class PierreDatabaseCustomizer implements DefaultConfigurationCustomizer {

	private final PierreSchemaDataSource pierreDataSource;

	private final PierreSchemaRendering rendering;

	PierreDatabaseCustomizer(PierreSchemaDataSource pierreDataSource, PierreSchemaRendering rendering) {
		this.pierreDataSource = pierreDataSource;
		this.rendering = rendering;
	}

	@Override
	public void customize(DefaultConfiguration configuration) {
		if (configuration.connectionProvider() instanceof DataSourceConnectionProvider provider
				&& target(provider.dataSource()) == this.pierreDataSource.getDataSource()) {
			configuration.set(this.rendering.applyTo(configuration.settings(), configuration.dialect()));
		}
	}

	// Boot hands jOOQ the DataSource behind a TransactionAwareDataSourceProxy.
	private static DataSource target(DataSource dataSource) {
		return (dataSource instanceof DelegatingDataSource delegating) ? delegating.getTargetDataSource() : dataSource;
	}

}
