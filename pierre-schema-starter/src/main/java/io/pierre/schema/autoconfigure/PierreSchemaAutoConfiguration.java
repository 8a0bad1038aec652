package io.pierre.schema.autoconfigure;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the Pierre schema on startup, before anything that depends on database
 * initialization: into a DataSource marked {@link PierreDataSource}, else into
 * {@code pierre.database.url} or a service connection's database, else into the application's
 * DataSource.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "pierre.database.enabled", matchIfMissing = true)
@Conditional(PierreSchemaAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(PierreDatabaseProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class PierreSchemaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(PierreSchemaConnectionDetails.class)
	PropertiesPierreSchemaConnectionDetails pierreSchemaConnectionDetails(PierreDatabaseProperties properties) {
		return new PropertiesPierreSchemaConnectionDetails(properties);
	}

	/**
	 * The schema's database, first found of: a DataSource marked {@link PierreDataSource}; the
	 * connection details' URL ({@code pierre.database.url} or a service connection), in a small
	 * pool of the starter's; the application's one DataSource.
	 */
	@Bean
	@ConditionalOnMissingBean
	PierreSchemaDataSource pierreSchemaDataSource(PierreDatabaseProperties properties,
			PierreSchemaConnectionDetails connectionDetails, @PierreDataSource ObjectProvider<DataSource> markedDataSource,
			ObjectProvider<DataSource> applicationDataSource) {
		DataSource marked = markedDataSource.getIfAvailable();
		if (marked != null) {
			return PierreSchemaDataSource.shared(marked);
		}
		if (connectionDetails.getJdbcUrl() != null) {
			return PierreSchemaDataSource.owned(properties.toDataSourceFactory().createForSchemaOnly(DatabaseUrl.parse(
					"pierre.database.url", connectionDetails.getJdbcUrl(), connectionDetails.getUsername(),
					connectionDetails.getPassword())));
		}
		DataSource dataSource = applicationDataSource.getIfUnique();
		if (dataSource == null) {
			throw new IllegalStateException("The Pierre schema needs one DataSource, but the application has several "
					+ "and none is @Primary: mark one @Primary or @PierreDataSource, or set pierre.database.url");
		}
		return PierreSchemaDataSource.shared(dataSource);
	}

	/**
	 * The migrator, with the embedded catalog made here rather than as a bean of its own: Spring
	 * reads every bean's methods at startup, and the catalog's name the expected schemas' types,
	 * which an up-to-date start never uses.
	 */
	@Bean
	@ConditionalOnMissingBean
	PierreSchemaMigrator pierreSchemaMigrator(PierreSchemaDataSource dataSource, PierreDatabaseProperties properties,
			ResourceLoader resourceLoader) {
		return new PierreSchemaMigrator(dataSource.getDataSource(), properties.toMigrationSettings(),
				MigrationCatalog.load(resourceLoader.getClassLoader()));
	}

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaInitializer pierreSchemaInitializer(PierreSchemaMigrator migrator, PierreDatabaseProperties properties) {
		return new PierreSchemaInitializer(migrator, properties.getMode());
	}

	static final class DatabaseCondition extends AnyNestedCondition {

		DatabaseCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		static final class ApplicationDataSource {

		}

		@ConditionalOnProperty("pierre.database.url")
		static final class PierreDatabaseUrl {

		}

		@ConditionalOnBean(PierreSchemaConnectionDetails.class)
		static final class ServiceConnection {

		}

	}

}
