package io.pierre.schema.jooq.autoconfigure;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.autoconfigure.PierreDataSourceAutoConfiguration;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.autoconfigure.PierreSchemaAutoConfiguration;
import io.pierre.schema.jdbc.PierreSchemaDataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultDSLContext;
import org.jooq.tools.jdbc.JDBCUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * jOOQ on the Pierre database: Spring Boot's {@code DSLContext} renders the Pierre schema where
 * its DataSource is the Pierre database, and a {@link PierreDslContext} one works on the Pierre
 * database wherever that is, with its connection's dialect. Both wait for the Pierre migration,
 * as every {@code DSLContext} waits for database initialization in Spring Boot.
 */
@AutoConfiguration(after = { JooqAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
		PierreDataSourceAutoConfiguration.class })
@ConditionalOnClass(name = { "org.jooq.DSLContext",
		"org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration" })
@ConditionalOnBean({ PierreSchemaDataSource.class, PierreDatabaseProperties.class })
public final class PierreJooqAutoConfiguration {

	@Bean
	PierreSchemaRendering pierreSchemaRendering(PierreDatabaseProperties properties) {
		return new PierreSchemaRendering(properties.getSchema());
	}

	@Bean
	PierreDatabaseCustomizer pierreDatabaseCustomizer(PierreSchemaDataSource dataSource,
			PierreSchemaRendering rendering) {
		return new PierreDatabaseCustomizer(dataSource, rendering);
	}

	/**
	 * The Pierre database's {@code DSLContext}, injected only where asked for by
	 * {@link PierreDslContext}, so that it never competes with Spring Boot's.
	 */
	@Bean(defaultCandidate = false)
	@PierreDslContext
	DefaultDSLContext pierreDslContext(PierreSchemaDataSource pierreDataSource, PierreSchemaRendering rendering,
			ObjectProvider<ExecuteListenerProvider> executeListenerProviders, ObjectProvider<Settings> settings) {
		DataSource dataSource = pierreDataSource.getDataSource();
		SQLDialect dialect = dialect(dataSource);
		DefaultConfiguration configuration = new DefaultConfiguration();
		configuration.set(dialect);
		configuration.set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)));
		configuration.set(executeListenerProviders.orderedStream().toArray(ExecuteListenerProvider[]::new));
		configuration.set(rendering.applyTo(settings.getIfAvailable(Settings::new), dialect));
		return new DefaultDSLContext(configuration);
	}

	/**
	 * The connection's dialect; where no connection can be had, the dialect of the pool's URL, so
	 * that a database that is down at startup fails its health check rather than the startup.
	 */
	private static SQLDialect dialect(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return JDBCUtils.dialect(connection);
		}
		catch (SQLException ex) {
			SQLDialect fromUrl = (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null)
					? JDBCUtils.dialect(hikari.getJdbcUrl()) : SQLDialect.DEFAULT;
			if (fromUrl == SQLDialect.DEFAULT) {
				throw new IllegalStateException("Could not tell the Pierre database's SQL dialect", ex);
			}
			return fromUrl;
		}
	}

}
