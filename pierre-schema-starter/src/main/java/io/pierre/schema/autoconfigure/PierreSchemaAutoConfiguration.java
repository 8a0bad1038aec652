package io.pierre.schema.autoconfigure;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.transfer.SchemaTransfer;

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
 * initialization: into {@code pierre.database.url} when set, else into the application's
 * DataSource.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "pierre.database.enabled", matchIfMissing = true)
@Conditional(PierreSchemaAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(PierreDatabaseProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class PierreSchemaAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaDataSource pierreSchemaDataSource(PierreDatabaseProperties properties,
			ObjectProvider<DataSource> applicationDataSource) {
		if (properties.getUrl() != null) {
			return PierreSchemaDataSource.owned(properties.toDataSourceFactory().createForSchemaOnly(properties.toDatabaseUrl()));
		}
		DataSource dataSource = applicationDataSource.getIfUnique();
		if (dataSource == null) {
			throw new IllegalStateException("The Pierre schema needs one DataSource, but the application has several "
					+ "and none is @Primary: mark one @Primary or set pierre.database.url");
		}
		return PierreSchemaDataSource.shared(dataSource);
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationCatalog pierreMigrationCatalog(ResourceLoader resourceLoader) {
		return MigrationCatalog.load(resourceLoader.getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaMigrator pierreSchemaMigrator(PierreSchemaDataSource dataSource, PierreDatabaseProperties properties,
			MigrationCatalog catalog) {
		return new PierreSchemaMigrator(dataSource.getDataSource(), properties.toMigrationSettings(), catalog);
	}

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaInitializer pierreSchemaInitializer(PierreSchemaMigrator migrator, PierreDatabaseProperties properties) {
		return new PierreSchemaInitializer(migrator, properties.getMode());
	}

	@Bean
	@ConditionalOnMissingBean
	SchemaTransfer pierreSchemaTransfer(MigrationCatalog catalog) {
		return new SchemaTransfer(catalog);
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

	}

}
