package io.pierre.schema.jooq.autoconfigure;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.pierre.schema.autoconfigure.PierreDataSource;
import io.pierre.schema.autoconfigure.PierreDataSourceAutoConfiguration;
import io.pierre.schema.autoconfigure.PierreSchemaAutoConfiguration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static io.pierre.schema.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PierreJooqAutoConfiguration} on SQLite files: Spring Boot's {@code DSLContext}
 * where the Pierre database is the application's, the {@link PierreDslContext} one wherever it
 * is, both after the migration, and nothing without jOOQ.
 */
class PierreJooqAutoConfigurationTests {

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(DataSourceAutoConfiguration.class,
			TransactionAutoConfiguration.class, PierreDataSourceAutoConfiguration.class,
			PierreSchemaAutoConfiguration.class, JooqAutoConfiguration.class, PierreJooqAutoConfiguration.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS);

	@TempDir
	Path dir;

	@Test
	void onThePierreDatabaseAloneBootsDslContextIsSqliteRendersNoSchemaAndRunsAfterTheMigration() {
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("pierre.db"))
			.withUserConfiguration(UserCounts.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DSLContext dsl = context.getBean(DSLContext.class);
				assertThat(dsl.dialect()).isEqualTo(SQLDialect.SQLITE);
				assertThat(dsl.render(dsl.selectFrom(USERS))).endsWith(" from users");
				// Built while the context started, on a database that was empty before it.
				assertThat(context.getBean(UserCounts.class).application).isZero();
				assertThat(context.getBean(UserCounts.class).pierre).isZero();
				DSLContext pierre = context.getBean("pierreDslContext", DSLContext.class);
				assertThat(pierre.dialect()).isEqualTo(SQLDialect.SQLITE);
			});
	}

	@Test
	void besideAnApplicationDataSourceTheQualifiedDslContextWorksOnThePierreDatabase() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.dir.resolve("application.db"),
					"pierre.database.url=jdbc:sqlite:" + this.dir.resolve("pierre.db"))
			.withUserConfiguration(PierreCount.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PierreCount.class).users).isZero();
				// Boot's stays on the application's database, which holds no Pierre table.
				assertThat(context.getBean(DSLContext.class).meta().getTables()).isEmpty();
			});
	}

	@Test
	void aDataSourceMarkedPierreDataSourceGetsTheQualifiedDslContext() {
		this.runner.withBean("pierreFile", Path.class, () -> this.dir.resolve("marked.db"))
			.withUserConfiguration(MarkedDataSources.class, PierreCount.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(PierreCount.class).users).isZero();
				assertThat(context.getBean(DSLContext.class).meta().getTables()).isEmpty();
			});
	}

	@Test
	void aPierreDatabaseThatIsDownAtStartupTakesItsDialectFromItsUrl() {
		// Nothing listens on port 1; mode none, so that only the DSLContext would connect.
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:sqlite:" + this.dir.resolve("application.db"),
					"pierre.database.url=jdbc:postgresql://127.0.0.1:1/pierre", "pierre.database.mode=none",
					"pierre.database.connect-timeout=1s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("pierreDslContext", DSLContext.class).dialect().family())
					.isEqualTo(SQLDialect.POSTGRES);
			});
	}

	@Test
	void backsOffWithoutJooqOnTheClassPath() {
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("pierre.db"))
			.withClassLoader(new FilteredClassLoader(DSLContext.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(PierreJooqAutoConfiguration.class)
					.doesNotHaveBean("pierreDslContext")
					.doesNotHaveBean(PierreDatabaseCustomizer.class);
			});
	}

	@Test
	void backsOffWithoutSpringBootsJooqSupport() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
					PierreJooqAutoConfiguration.class))
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("pierre.db"))
			.withClassLoader(new FilteredClassLoader(JooqAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(PierreJooqAutoConfiguration.class)
				.doesNotHaveBean("pierreDslContext"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserCounts {

		final int application;

		final int pierre;

		UserCounts(DSLContext application, @PierreDslContext DSLContext pierre) {
			this.application = application.fetchCount(USERS);
			this.pierre = pierre.fetchCount(USERS);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PierreCount {

		final int users;

		PierreCount(@PierreDslContext DSLContext pierre) {
			this.users = pierre.fetchCount(USERS);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedDataSources {

		@Bean
		@Primary
		DataSource applicationDataSource(@Qualifier("pierreFile") Path pierreFile) {
			return sqlite(pierreFile.resolveSibling("application.db"));
		}

		@Bean
		@PierreDataSource
		DataSource pierreDataSource(@Qualifier("pierreFile") Path pierreFile) {
			return sqlite(pierreFile);
		}

		private static DataSource sqlite(Path file) {
			SQLiteDataSource dataSource = new SQLiteDataSource();
			dataSource.setUrl("jdbc:sqlite:" + file);
			return dataSource;
		}

	}

}
