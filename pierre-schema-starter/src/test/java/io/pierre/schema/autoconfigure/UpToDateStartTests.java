package io.pierre.schema.autoconfigure;

import java.nio.file.Path;
import java.util.List;

import io.pierre.schema.testsupport.ForkedJvm;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start against a database that is up to date costs one query of the history: Flyway is never
 * made, and none of its classes is loaded but the one Boot's own condition on it loads.
 */
class UpToDateStartTests {

	/**
	 * The starter's classes an up-to-date start loads, lambdas included, as counted when this test
	 * was written (see the benchmarks page); the goal is 30.
	 */
	private static final int STARTERS_CLASSES_AT_MOST = 66;

	@TempDir
	Path dir;

	@Test
	void loadsNoFlywayClassButTheOneBootsConditionLoads() throws Exception {
		migrate();
		ForkedJvm.Result result = new ForkedJvm()
			.withJvmOptions("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Xlog:class+load=info")
			.run(FlywayLoadingProbe.class, "--" + url(), "--spring.flyway.enabled=false");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Pierre schema: up to date at " + Migrations.newestVersion());
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
	}

	@Test
	void loadsNoMoreOfTheStartersClassesThanCounted() throws Exception {
		migrate();
		ForkedJvm.Result result = new ForkedJvm().withJvmOptions("-Xlog:class+load=info")
			.run(ForkedApplication.class, "--" + url(), "--spring.flyway.enabled=false");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("Pierre schema: up to date at " + Migrations.newestVersion());
		// Up to the moment the context has started, the test's own application left out.
		List<String> startersClasses = result.output()
			.lines()
			.takeWhile((line) -> !line.equals("STARTED"))
			.filter((line) -> line.contains("[class,load] io.pierre."))
			.map((line) -> line.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
			.filter((name) -> !name.startsWith(ForkedApplication.class.getName()))
			.toList();
		assertThat(startersClasses).as(String.join("\n", startersClasses))
			.hasSizeLessThanOrEqualTo(STARTERS_CLASSES_AT_MOST);
	}

	/** Brought up to date first, so that the start in a JVM of its own has nothing to do. */
	private void migrate() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class))
			.withPropertyValues(url())
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private String url() {
		return "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
	}

}
