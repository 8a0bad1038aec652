package io.pierre.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import io.pierre.schema.testsupport.Migrations;
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
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("sample.jar")));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(this.dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
