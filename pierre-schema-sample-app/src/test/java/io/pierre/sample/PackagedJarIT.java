package io.pierre.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's command line, run as a separate process as an operator runs it.
 */
class PackagedJarIT {

	@TempDir
	Path dir;

	@Test
	void migrateInfoValidateWithExitCodes() throws Exception {
		String url = "--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("x.db");
		Result validateFresh = java("validate", url);
		assertThat(validateFresh.exitCode()).isEqualTo(1);
		assertThat(validateFresh.output()).contains("Error: The SQLite database ").contains("does not exist");
		assertThat(this.dir.resolve("x.db")).doesNotExist();
		Result migrate = java("migrate", url);
		assertThat(migrate.exitCode()).isZero();
		assertThat(migrate.output()).contains("Pierre schema: applied " + Migrations.versions().size() + " migrations in ")
			.contains("now at " + Migrations.newestVersion() + " (SQLite ")
			.as("no JVM warning, such as that of JDK 24 and later about sqlite-jdbc's native library")
			.doesNotContain("WARNING:");
		Result info = java("info", url);
		assertThat(info.exitCode()).isZero();
		assertThat(info.output().lines().filter((line) -> line.matches("\\d{14}/applied .+"))).hasSize(Migrations.versions().size());
		Result validate = java("validate", url);
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.output()).contains("Pierre schema: valid at " + Migrations.newestVersion());
	}

	@Test
	void theCommandsReadTheServicesProfiles() throws Exception {
		Result sqlite = java("info");
		assertThat(sqlite.exitCode()).isEqualTo(1);
		assertThat(sqlite.output()).contains("Error: The SQLite database " + this.dir.resolve("data/users.db")
				+ " does not exist");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String credentials = database.username()
					+ (database.password().isEmpty() ? "" : ":" + database.password());
			Map<String, String> environment = Map.of("DATABASE_URL",
					database.url().replace("jdbc:postgresql://", "postgres://" + credentials + "@"));
			Result migrate = java(environment, "migrate", "--spring.profiles.active=postgres");
			assertThat(migrate.exitCode()).as(migrate.output()).isZero();
			assertThat(migrate.output()).contains("applied " + Migrations.versions().size() + " migrations").contains("(PostgreSQL ");
			Result info = java(environment, "info", "--spring.profiles.active=postgres");
			assertThat(info.exitCode()).isZero();
			assertThat(info.output()).startsWith("Pierre schema on PostgreSQL ");
		}
		Result postgresDefault = java(Map.of(), "info", "--spring.profiles.active=postgres",
				"--pierre.database.connect-timeout=2s");
		assertThat(postgresDefault.output()).as("the postgres profile's own URL")
			.doesNotContain("SQLite")
			.containsAnyOf("Pierre schema on PostgreSQL ", "localhost:5432/pierre", "\"pierre\"");
		assertThat(this.dir.resolve("data")).doesNotExist();
	}

	@Test
	void helpAndAMistypedCommandNeverStartTheService() throws Exception {
		Result help = java("--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.output()).contains("migrate, run").doesNotContain("Started PierreSampleApplication");
		Result mistyped = java("inof");
		assertThat(mistyped.exitCode()).isEqualTo(2);
		assertThat(mistyped.output()).contains("Unknown command: 'inof'")
			.contains("Did you mean")
			.doesNotContain("Started PierreSampleApplication")
			.doesNotContain("Tomcat");
	}

	@Test
	void badInputExitsNonZeroNamingTheProperty() throws Exception {
		Result result = java("migrate", "--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("x.db"),
				"--pierre.database.target=20250120000016");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.output()).contains("pierre.database.target '20250120000016' is not a version");
	}

	@Test
	void carriesNothingOfTheTestSupport() throws IOException {
		try (JarFile jar = new JarFile(System.getProperty("sample.jar"))) {
			List<String> libraries = jar.stream()
				.map(JarEntry::getName)
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.toList();
			assertThat(libraries).anyMatch((name) -> name.startsWith("BOOT-INF/lib/pierre-schema-starter-"))
				.noneMatch((name) -> name.startsWith("BOOT-INF/lib/pierre-schema-test-"))
				.noneMatch((name) -> name.startsWith("BOOT-INF/lib/datasource-proxy-"));
		}
	}

	private Result java(String... args) throws IOException, InterruptedException {
		return java(Map.of(), args);
	}

	private Result java(Map<String, String> environment, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("sample.jar")));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true);
		builder.environment().remove("DATABASE_URL");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
