package io.pierre.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees of the actuator over HTTP, with the packaged jar run as a separate process:
 * no password of the Pierre database in {@code /actuator/env} or {@code /actuator/configprops},
 * even with {@code show-values=always}, and a database that cannot be read answered by
 * {@code /actuator/pierreschema} with a 503 that says why, without an ERROR stack trace.
 */
class ActuatorOverHttpIT {

	private static final String SECRET = "S3cret-9b71e2";

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path workingDir;

	@Test
	void envAndConfigpropsShowNoPasswordWithShowValuesAlways() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			// The role's own password: the server checks it, so the service must carry it whole.
			String secret = database.checkedPassword();
			String databaseUrl = database.url()
				.replace("jdbc:postgresql://", "postgres://" + database.username() + ":" + secret + "@");
			try (App app = start(Map.of("DATABASE_URL", databaseUrl, "PIERRE_DATABASE_PASSWORD", secret),
					"--spring.profiles.active=postgres",
					"--management.endpoints.web.exposure.include=health,env,configprops",
					"--management.endpoint.env.show-values=always",
					"--management.endpoint.configprops.show-values=always")) {
				app.awaitStatus("/actuator/health", 200);
				HttpResponse<String> env = app.get("/actuator/env");
				assertThat(env.statusCode()).isEqualTo(200);
				assertThat(env.body()).doesNotContain(secret)
					.contains("postgres://" + database.username() + ":****@")
					.contains("PIERRE_DATABASE_PASSWORD");
				HttpResponse<String> configprops = app.get("/actuator/configprops");
				assertThat(configprops.statusCode()).isEqualTo(200);
				assertThat(configprops.body()).doesNotContain(secret).contains("pierre.database");
				assertThat(app.output()).doesNotContain(secret);
			}
		}
	}

	@Test
	void unreadableDatabaseIs503WithTheReasonAndNoStackTrace() throws Exception {
		// Mode none leaves the database alone at startup; nothing listens on port 1. Boot's own db
		// indicator, which logs its failure with a stack trace at WARN, is off: the log is the starter's.
		String databaseUrl = "postgres://bob:" + SECRET + "@127.0.0.1:1/pierre";
		try (App app = start(Map.of("DATABASE_URL", databaseUrl), "--spring.profiles.active=postgres",
				"--pierre.database.mode=none", "--pierre.database.connect-timeout=1s",
				"--management.health.db.enabled=false")) {
			app.awaitStatus("/actuator/health", 503);
			HttpResponse<String> schema = app.get("/actuator/pierreschema");
			assertThat(schema.statusCode()).isEqualTo(503);
			assertThat(schema.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).contains("json"));
			assertThat(schema.body()).contains("\"error\"")
				.contains("Could not connect to the Pierre database")
				.doesNotContain(SECRET);
			String output = app.output();
			assertThat(output).contains("Pierre schema endpoint could not read the database")
				.doesNotContain(SECRET)
				.doesNotContain("\tat ");
			assertThat(output.lines().filter((line) -> line.contains(" ERROR "))).isEmpty();
		}
	}

	private App start(Map<String, String> environment, String... args) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("sample.jar"), "--server.port=" + port));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(this.workingDir, "app", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("DATABASE_URL");
		builder.environment().putAll(environment);
		return new App(builder.start(), port, log);
	}

	private final class App implements AutoCloseable {

		private final Process process;

		private final int port;

		private final Path log;

		App(Process process, int port, Path log) {
			this.process = process;
			this.port = port;
			this.log = log;
		}

		void awaitStatus(String path, int status) throws Exception {
			Instant deadline = Instant.now().plus(STARTUP);
			while (Instant.now().isBefore(deadline)) {
				assertThat(this.process.isAlive()).as("the app exited: %s", output()).isTrue();
				try {
					if (get(path).statusCode() == status) {
						return;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(250);
			}
			throw new AssertionError("No " + status + " from " + path + " within " + STARTUP + ": " + output());
		}

		HttpResponse<String> get(String path) throws Exception {
			return ActuatorOverHttpIT.this.http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		String output() throws IOException {
			return Files.readString(this.log);
		}

		@Override
		public void close() throws Exception {
			this.process.destroy();
			if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
				this.process.destroyForcibly();
			}
		}

	}

}
