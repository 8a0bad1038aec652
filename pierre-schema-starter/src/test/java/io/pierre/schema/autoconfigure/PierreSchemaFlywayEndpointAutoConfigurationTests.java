package io.pierre.schema.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.pierre.schema.actuate.PierreSchemaFlywayFactoryBean;
import io.pierre.schema.migration.MigrationCatalog;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.ForkedJvm;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.actuate.endpoint.FlywayEndpoint;
import org.springframework.boot.flyway.actuate.endpoint.FlywayEndpoint.FlywayDescriptor;
import org.springframework.boot.flyway.actuate.endpoint.FlywayEndpoint.FlywayMigrationDescriptor;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayEndpointAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PierreSchemaFlywayEndpointAutoConfiguration}: Boot's {@code flyway} endpoint lists
 * the starter's migrations, the starter's Flyway is made only when the endpoint is read, and the
 * application's own Flyway auto-configuration works as without the starter.
 */
class PierreSchemaFlywayEndpointAutoConfigurationTests {

	private static final String BEAN = "pierreSchemaFlyway";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class,
				JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class,
				FlywayEndpointAutoConfiguration.class, PierreSchemaFlywayEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=flyway");

	@TempDir
	Path dir;

	@Test
	void listedBesideTheApplicationsOwnFlywayWhichIsLeftAsItIs() {
		this.runner
			.withPropertyValues(url(), "spring.flyway.locations=classpath:db/app",
					"spring.flyway.baseline-on-migrate=true", "spring.flyway.baseline-version=0")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(FlywayMigrationInitializer.class);
				assertThat(factory(context).isMade()).isFalse();
				// The application's Flyway: made by Boot, injected by type, run after the Pierre schema.
				assertThat(context).hasBean("flyway");
				assertThat(context.getBean(Flyway.class)).isSameAs(context.getBean("flyway"));
				// What JPA asks of Boot's Flyway support at startup sees the application's Flyway only.
				assertThat(context.getBean(SchemaManagementProvider.class)
					.getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
				assertThat(factory(context).isMade()).isFalse();
				assertThat(context.getBean(JdbcTemplate.class)
					.queryForObject("SELECT value FROM system_settings WHERE key = 'auto_approval_enabled'", String.class))
					.isEqualTo("true");
				// Not taken for a database initializer, which would make it at startup.
				BeanDefinition definition = context.getBeanFactory().getBeanDefinition(BEAN);
				assertThat(definition.getAttribute(DatabaseInitializerDetector.class.getName())).isNull();
				assertThat(context.getBeanFactory().getBeanDefinition("flyway")
					.getAttribute(DatabaseInitializerDetector.class.getName())).isNotNull();
				assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
					.doesNotContain(BEAN);
				assertThat(factory(context).isMade()).isFalse();
				Map<String, FlywayDescriptor> listed = readEndpoint(context);
				assertThat(listed).containsOnlyKeys("flyway", BEAN);
				assertThat(listed.get(BEAN).getMigrations()).hasSize(20)
					.extracting(FlywayMigrationDescriptor::getState)
					.containsOnly(MigrationState.SUCCESS);
				assertThat(listed.get("flyway").getMigrations()).extracting(FlywayMigrationDescriptor::getScript)
					.contains("V1__enable_auto_approval.sql");
				assertThat(factory(context).isMade()).isTrue();
			});
	}

	@Test
	void withoutAFlywayOfItsOwnTheApplicationGetsTheEndpointFromTheStarter() {
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(FlywayEndpoint.class).doesNotHaveBean("flyway");
			assertThat(factory(context).isMade()).isFalse();
			assertThat(readEndpoint(context)).containsOnlyKeys(BEAN);
			assertThat(factory(context).isMade()).isTrue();
		});
	}

	@Test
	void pendingVersionsShowAsFlywaySeesThem() {
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false", "pierre.database.target=20250120000019")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false", "pierre.database.mode=none")
			.run((context) -> assertThat(readEndpoint(context).get(BEAN).getMigrations())
				.extracting(FlywayMigrationDescriptor::getState)
				.containsSubsequence(MigrationState.SUCCESS, MigrationState.PENDING, MigrationState.PENDING)
				.doesNotContain(MigrationState.FAILED));
	}

	@Test
	void starterFlywayRefusesToChangeTheDatabase() {
		Path file = this.dir.resolve("users.db");
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false", "pierre.database.target=20250120000013")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false", "pierre.database.mode=none")
			.run((context) -> {
				Flyway flyway = context.getBeansOfType(Flyway.class).get(BEAN);
				assertThatExceptionOfType(FlywayException.class).isThrownBy(flyway::migrate)
					.withMessageContaining("changes nothing");
				assertThatExceptionOfType(FlywayException.class).isThrownBy(flyway::repair)
					.withMessageContaining("changes nothing");
			});
		assertThat(appliedVersions(file)).hasSize(13);
	}

	@Test
	void flywayStaysUnloadedUntilTheEndpointIsRead() throws Exception {
		// Brought up to date first, so that the startup in the JVM below has nothing to do.
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed());
		ForkedJvm.Result result = new ForkedJvm()
			.withJvmOptions("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xlog:class+load=info")
			.run(FlywayLoadingProbe.class, "--" + url(), "--spring.flyway.enabled=false",
					"--management.endpoints.web.exposure.include=flyway");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Pierre schema: up to date at 20250120000021");
		// Boot's own condition on Flyway loads the class, and makes nothing of it.
		assertThat(result.linesStartingWith("LOADED STARTED ")).containsExactly("org.flywaydb.core.Flyway true",
				"org.flywaydb.core.api.configuration.FluentConfiguration false",
				"org.flywaydb.core.api.configuration.ClassicConfiguration false");
		// The JVM's own record, in the same output: every Flyway class loaded before the probe's.
		List<String> flywayClassesAtStartup = result.output()
			.lines()
			.takeWhile((line) -> !line.startsWith("LOADED STARTED "))
			.filter((line) -> line.contains("[class,load] org.flywaydb."))
			.map((line) -> line.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
			.toList();
		assertThat(flywayClassesAtStartup).containsExactly("org.flywaydb.core.Flyway");
		assertThat(result.linesStartingWith("LISTED ")).containsExactly(BEAN + " 20");
		assertThat(result.output().lines().filter((line) -> line.contains("[class,load] org.flywaydb.")))
			.hasSizeGreaterThan(100);
		assertThat(result.linesStartingWith("LOADED READ ")).containsExactly("org.flywaydb.core.Flyway true",
				"org.flywaydb.core.api.configuration.FluentConfiguration true",
				"org.flywaydb.core.api.configuration.ClassicConfiguration true");
	}

	@Test
	void notThereUnlessTheFlywayEndpointIsExposed() {
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false",
				"management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(BEAN)
				.doesNotHaveBean(FlywayEndpoint.class));
	}

	@Test
	void notThereWhenTheStarterIsOff() {
		this.runner.withPropertyValues(url(), "spring.flyway.enabled=false", "pierre.database.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(BEAN));
	}

	private static PierreSchemaFlywayFactoryBean factory(AssertableApplicationContext context) {
		return context.getBean("&" + BEAN, PierreSchemaFlywayFactoryBean.class);
	}

	private static Map<String, FlywayDescriptor> readEndpoint(AssertableApplicationContext context) {
		return context.getBean(FlywayEndpoint.class)
			.flywayBeans()
			.getContexts()
			.get(context.getId())
			.getFlywayBeans();
	}

	private List<String> appliedVersions(Path file) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true);
		try {
			return new JdbcTemplate(dataSource).queryForList(
					"SELECT version FROM pierre_schema_history WHERE success = 1 ORDER BY installed_rank", String.class);
		}
		finally {
			dataSource.destroy();
		}
	}

	private String url() {
		return "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
	}

}
