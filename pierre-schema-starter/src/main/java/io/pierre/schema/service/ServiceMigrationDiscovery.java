package io.pierre.schema.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;

/**
 * Finds a service's own migrations where Spring Boot finds them: Boot's Flyway
 * ({@code spring-boot-flyway} on the class path, {@code spring.flyway.enabled} not false) at
 * {@code spring.flyway.locations}, {@code classpath:db/migration} by default; then Boot's SQL
 * initialization, where {@code spring.sql.init.mode} is {@code always} (SQLite and PostgreSQL are
 * no embedded databases to Boot), at {@code spring.sql.init.schema-locations}, by default
 * {@code schema-${platform}.sql} and {@code schema.sql} on the class path.
 */
public final class ServiceMigrationDiscovery {

	private static final String BOOT_FLYWAY = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

	private static final String BOOT_LIQUIBASE = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration";

	private static final String LIQUIBASE = "liquibase.integration.spring.SpringLiquibase";

	private static final String DEFAULT_LIQUIBASE_CHANGE_LOG = "classpath:/db/changelog/db.changelog-master.yaml";

	private static final String BOOT_SQL_INIT = "org.springframework.boot.sql.autoconfigure.init.SqlInitializationProperties";

	private static final String DEFAULT_FLYWAY_LOCATION = "classpath:db/migration";

	private static final List<String> CONFIG_FILES = List.of("application.properties", "application.yaml",
			"application.yml");

	private ServiceMigrationDiscovery() {
	}

	/**
	 * The migrations that the service's configuration gives Boot.
	 * @param properties the service's configuration, such as a Spring {@code Environment}'s
	 * {@code getProperty}; a list may be given comma-separated or indexed ({@code key[0]})
	 * @param classLoader the service's class loader, which tells which of Boot's modules it has
	 * @return the migrations, {@link ServiceMigrations#none()} if it has none
	 */
	public static ServiceMigrations fromProperties(Function<String, String> properties, ClassLoader classLoader) {
		List<String> flyway = List.of();
		if (ClassUtils.isPresent(BOOT_FLYWAY, classLoader) && !isFalse(properties.apply("spring.flyway.enabled"))) {
			flyway = list(properties, "spring.flyway.locations");
			if (flyway.isEmpty()) {
				flyway = List.of(DEFAULT_FLYWAY_LOCATION);
			}
		}
		String changeLog = "";
		if (ClassUtils.isPresent(BOOT_LIQUIBASE, classLoader) && ClassUtils.isPresent(LIQUIBASE, classLoader)
				&& !isFalse(properties.apply("spring.liquibase.enabled"))) {
			changeLog = Objects.requireNonNullElse(trimmed(properties.apply("spring.liquibase.change-log")),
					DEFAULT_LIQUIBASE_CHANGE_LOG);
		}
		List<String> scripts = List.of();
		if (ClassUtils.isPresent(BOOT_SQL_INIT, classLoader)
				&& "always".equalsIgnoreCase(trimmed(properties.apply("spring.sql.init.mode")))) {
			scripts = list(properties, "spring.sql.init.schema-locations");
			if (scripts.isEmpty()) {
				String platform = Objects.requireNonNullElse(trimmed(properties.apply("spring.sql.init.platform")), "all");
				scripts = List.of("optional:classpath*:schema-" + platform + ".sql", "optional:classpath*:schema.sql");
			}
		}
		String separator = Objects.requireNonNullElse(properties.apply("spring.sql.init.separator"), ";");
		ServiceMigrations migrations = new ServiceMigrations(flyway, changeLog, scripts, separator);
		return migrations.isEmpty() ? ServiceMigrations.none() : migrations;
	}

	/**
	 * The migrations that the service's {@code application.properties} and {@code application.yaml}
	 * on the class path give Boot, without profiles: for a check that runs without the service's
	 * application context.
	 * @param classLoader the service's class loader
	 * @return the migrations, {@link ServiceMigrations#none()} if it has none
	 */
	public static ServiceMigrations fromApplicationConfig(ClassLoader classLoader) {
		List<PropertySource<?>> sources = new ArrayList<>();
		for (String file : CONFIG_FILES) {
			sources.addAll(load(new ClassPathResource(file, classLoader)));
		}
		return fromProperties((name) -> sources.stream()
			.map((source) -> source.getProperty(name))
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.findFirst()
			.orElse(null), classLoader);
	}

	private static List<PropertySource<?>> load(Resource resource) {
		if (!resource.exists()) {
			return List.of();
		}
		PropertySourceLoader loader = resource.getFilename().endsWith(".properties")
				? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
		try {
			return loader.load(resource.getFilename(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the service's " + resource.getFilename(), ex);
		}
	}

	/** A list property as Boot binds one: comma-separated, or indexed as YAML lists are flattened. */
	private static List<String> list(Function<String, String> properties, String name) {
		String value = properties.apply(name);
		if (value != null) {
			return Arrays.stream(value.split(",")).map(String::trim).filter((item) -> !item.isEmpty()).toList();
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; properties.apply(name + "[" + i + "]") != null; i++) {
			items.add(properties.apply(name + "[" + i + "]").trim());
		}
		return items;
	}

	private static boolean isFalse(String value) {
		return "false".equalsIgnoreCase(trimmed(value));
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : null;
	}

}
