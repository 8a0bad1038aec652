package io.pierre.schema.autoconfigure;

import java.nio.file.Path;

import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link PierreSchemaFailureAnalyzer}: a failed start reports the cause and the remedy.
 */
@ExtendWith(OutputCaptureExtension.class)
class PierreSchemaFailureAnalyzerTests {

	@TempDir
	Path dir;

	@Test
	void invalidSettingIsReportedWithThePropertyToCorrect(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("x.db"),
				"--pierre.database.history-table=bad name"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("pierre.database.history-table 'bad name' is not a plain SQL identifier")
			.contains("Correct pierre.database.history-table.");
	}

	@Test
	void unsupportedDatabaseIsReportedWithWhatIsSupported(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--spring.datasource.url=jdbc:h2:mem:analyzer"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Pierre schema supports SQLite and PostgreSQL, but the database is H2")
			.contains("at a SQLite or PostgreSQL database");
	}

	@Test
	void validationFailureIsReportedWithWhereToLook(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--pierre.database.url=jdbc:sqlite:" + this.dir.resolve("x.db"),
				"--pierre.database.mode=validate"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Pierre schema validation failed: " + Migrations.versions().size() + " pending")
			.contains("'info' command");
	}

	private static void start(String... args) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class,
			PierreSchemaAutoConfiguration.class })
	static class MinimalApplication {

	}

}
