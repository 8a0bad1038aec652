package io.pierre.schema.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * The service's environment, read on a thread of its own from the moment the command line
 * starts: the command gets the one its own {@code --spring.*} arguments steer, and a failure to
 * read the configuration reaches the command as it would have there.
 */
class ServiceEnvironmentTests {

	@TempDir
	Path jar;

	@Test
	void theCommandGetsTheEnvironmentThatItsArgumentsSteer() throws IOException {
		Files.writeString(this.jar.resolve("application-a.properties"), "pierre.database.url=jdbc:sqlite:a.db\n");
		Files.writeString(this.jar.resolve("application-b.properties"), "pierre.database.url=jdbc:sqlite:b.db\n");
		try (URLClassLoader classLoader = service()) {
			ServiceEnvironment environment = ServiceEnvironment.startPreparing(
					List.of("info", "--spring.profiles.active=a", "--pierre.database.target=1"), Map.of(), classLoader);
			assertThat(environment.get(List.of("--spring.profiles.active=a")).getProperty("pierre.database.url"))
				.isEqualTo("jdbc:sqlite:a.db");
			assertThat(environment.get(List.of("--spring.profiles.active=b")).getProperty("pierre.database.url"))
				.isEqualTo("jdbc:sqlite:b.db");
		}
	}

	@Test
	void aConfigurationThatCannotBeReadFailsTheCommandThatAsksForIt() throws IOException {
		Files.writeString(this.jar.resolve("application.yaml"), "pierre:\n  database: [unclosed\n");
		try (URLClassLoader classLoader = service()) {
			ServiceEnvironment environment = ServiceEnvironment.startPreparing(List.of("info"), Map.of(), classLoader);
			assertThatRuntimeException().isThrownBy(() -> environment.get(List.of()))
				.withMessageContaining("expected ',' or ']'");
		}
	}

	@Test
	void onlySpringArgumentsSteerIt() {
		assertThat(ServiceEnvironment.springArguments(List.of("migrate", "--spring.profiles.active=x", "-D",
				"sqlite:x.db", "--pierre.database.url=y", "--spring.config.import=file:z.yaml", "--spring.flag")))
			.containsExactly("--spring.profiles.active=x", "--spring.config.import=file:z.yaml");
	}

	private URLClassLoader service() throws IOException {
		return new URLClassLoader(new URL[] { this.jar.toUri().toURL() }, getClass().getClassLoader());
	}

}
