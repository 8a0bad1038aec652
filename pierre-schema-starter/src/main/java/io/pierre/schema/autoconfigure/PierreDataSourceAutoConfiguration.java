package io.pierre.schema.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.jdbc.PierreSchemaDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@code pierre.database.url} the application's DataSource when the application has none
 * of its own (no DataSource bean, no {@code spring.datasource.url}, no service connection), so
 * that a service configured with nothing but the Pierre database works.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnProperty("pierre.database.url")
@ConditionalOnMissingBean({ DataSource.class, JdbcConnectionDetails.class })
@Conditional(PierreDataSourceAutoConfiguration.NoSpringDataSourceUrlCondition.class)
@EnableConfigurationProperties(PierreDatabaseProperties.class)
public final class PierreDataSourceAutoConfiguration {

	/**
	 * The application's pool, tuned as Boot's own by {@code spring.datasource.hikari.*}.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(PierreDatabaseProperties properties) {
		return properties.toDataSourceFactory().create(properties.toDatabaseUrl());
	}

	/**
	 * The schema goes to that one pool, unless the starter is off: then the pool is all it gives.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "pierre.database.enabled", matchIfMissing = true)
	static final class SchemaDataSourceConfiguration {

		@Bean
		PierreSchemaDataSource pierreSchemaDataSource(DataSource dataSource) {
			return PierreSchemaDataSource.shared(dataSource);
		}

	}

	static final class NoSpringDataSourceUrlCondition extends NoneNestedConditions {

		NoSpringDataSourceUrlCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("spring.datasource.url")
		static final class SpringDataSourceUrl {

		}

	}

}
