package io.pierre.schema.service;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's migrations found where Boot finds them, from its properties and from its
 * {@code application.properties} on the class path.
 */
class ServiceMigrationDiscoveryTests {

	private static final ClassLoader CLASS_LOADER = ServiceMigrationDiscoveryTests.class.getClassLoader();

	@Test
	void bootsFlywayAtItsDefaultLocation() {
		assertThat(discover(Map.of()).flywayLocations()).containsExactly("classpath:db/migration");
		assertThat(discover(Map.of()).scriptLocations()).isEmpty();
	}

	@Test
	void bootsFlywayAtTheLocationsSetCommaSeparatedOrIndexed() {
		assertThat(discover(Map.of("spring.flyway.locations", "classpath:db/a, classpath:db/{vendor}")).flywayLocations())
			.containsExactly("classpath:db/a", "classpath:db/{vendor}");
		assertThat(discover(Map.of("spring.flyway.locations[0]", "classpath:db/a", "spring.flyway.locations[1]",
				"filesystem:db/b"))
			.flywayLocations()).containsExactly("classpath:db/a", "filesystem:db/b");
	}

	@Test
	void noFlywayWhereItIsOffOrBootsFlywayIsMissing() {
		assertThat(discover(Map.of("spring.flyway.enabled", "false"))).isEqualTo(ServiceMigrations.none());
		FilteredClassLoader withoutBootsFlyway = new FilteredClassLoader("org.springframework.boot.flyway.");
		assertThat(ServiceMigrationDiscovery.fromProperties((name) -> null, withoutBootsFlyway))
			.isEqualTo(ServiceMigrations.none());
	}

	@Test
	void noLiquibaseWhereBootsLiquibaseIsMissing() {
		// This module's test class path has Liquibase, not Boot's spring-boot-liquibase; the test
		// support's tests find a changelog where both are there.
		assertThat(discover(Map.of("spring.flyway.enabled", "false", "spring.liquibase.change-log",
				"classpath:db/changelog/notes.yaml")))
			.isEqualTo(ServiceMigrations.none());
	}

	@Test
	void schemaScriptsOnlyWhereSqlInitializationAlwaysRuns() {
		Map<String, String> always = Map.of("spring.flyway.enabled", "false", "spring.sql.init.mode", "always");
		assertThat(discover(always)).isEqualTo(ServiceMigrations.scripts(
				List.of("optional:classpath*:schema-all.sql", "optional:classpath*:schema.sql"), ";"));
		assertThat(discover(Map.of("spring.flyway.enabled", "false", "spring.sql.init.mode", "embedded")))
			.isEqualTo(ServiceMigrations.none());
		assertThat(discover(Map.of("spring.flyway.enabled", "false", "spring.sql.init.mode", "always",
				"spring.sql.init.platform", "postgresql", "spring.sql.init.separator", "@@")))
			.isEqualTo(ServiceMigrations.scripts(
					List.of("optional:classpath*:schema-postgresql.sql", "optional:classpath*:schema.sql"), "@@"));
		assertThat(discover(Map.of("spring.sql.init.mode", "always", "spring.sql.init.schema-locations",
				"classpath:app/schema.sql")))
			.isEqualTo(ServiceMigrations.of(List.of("classpath:db/migration"), List.of("classpath:app/schema.sql"),
					";"));
	}

	@Test
	void fromTheApplicationYamlOnTheClassPath() throws IOException {
		try (URLClassLoader service = new URLClassLoader(
				new URL[] { CLASS_LOADER.getResource("service-migrations/config/") }, CLASS_LOADER)) {
			assertThat(ServiceMigrationDiscovery.fromApplicationConfig(service))
				.isEqualTo(ServiceMigrations.of(List.of("classpath:db/app", "classpath:db/{vendor}"),
						List.of("classpath:app/schema.sql"), ";"));
		}
	}

	@Test
	void withoutApplicationConfigBootsDefaults() {
		// This module's test class path has no application.properties or .yaml.
		assertThat(ServiceMigrationDiscovery.fromApplicationConfig(CLASS_LOADER))
			.isEqualTo(ServiceMigrations.flyway(List.of("classpath:db/migration")));
	}

	private static ServiceMigrations discover(Map<String, String> properties) {
		return ServiceMigrationDiscovery.fromProperties(properties::get, CLASS_LOADER);
	}

}
