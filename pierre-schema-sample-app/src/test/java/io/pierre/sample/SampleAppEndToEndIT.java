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

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as a separate process, as an operator runs it: started, used, stopped and
 * started again with its data and schema version intact, on SQLite and on PostgreSQL.
 */
class SampleAppEndToEndIT {

	private static final Duration STARTUP = Duration.ofMinutes(2);

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path workingDir;

	@Test
	void sqliteDefaultProfileKeepsDataAcrossRestarts() throws Exception {
		runTwice(Map.of(), List.of());
		assertThat(this.workingDir.resolve("data/users.db")).exists();
	}

	@Test
	void postgresProfileWithTheOriginalServersDatabaseUrl() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String credentials = database.username()
					+ (database.password().isEmpty() ? "" : ":" + database.password());
			String databaseUrl = database.url().replace("jdbc:postgresql://", "postgres://" + credentials + "@");
			runTwice(Map.of("DATABASE_URL", databaseUrl), List.of("--spring.profiles.active=postgres"));
		}
	}

	private void runTwice(Map<String, String> environment, List<String> args) throws Exception {
		String email = "e2e@example.com";
		String userId;
		try (App app = start(environment, args)) {
			String created = app.post("/api/users", "{\"email\":\"" + email + "\",\"password\":\"long enough\"}");
			userId = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
			app.post("/api/users/" + userId + "/api-keys", "{\"name\":\"e2e\"}");
			assertThat(app.get("/actuator/health")).contains("\"status\":\"UP\"");
		}
		try (App app = start(environment, args)) {
			assertThat(app.get("/api/users")).contains(userId).contains(email);
			assertThat(app.get("/api/users/" + userId + "/api-keys")).contains("\"name\":\"e2e\"");
			assertThat(app.output()).contains("Pierre schema: up to date at " + Migrations.newestVersion());
		}
	}

	private App start(Map<String, String> environment, List<String> args) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", System.getProperty("sample.jar"), "--server.port=" + port));
		command.addAll(args);
		Path log = Files.createTempFile(this.workingDir, "app", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workingDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().remove("DATABASE_URL");
		builder.environment().putAll(environment);
		App app = new App(builder.start(), port, log);
		app.awaitHealthy();
		return app;
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

		void awaitHealthy() throws Exception {
			Instant deadline = Instant.now().plus(STARTUP);
			while (Instant.now().isBefore(deadline)) {
				assertThat(this.process.isAlive()).as("the app exited: %s", output()).isTrue();
				try {
					if (get("/actuator/health").contains("\"status\":\"UP\"")) {
						return;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(250);
			}
			throw new AssertionError("No healthy app within " + STARTUP + ": " + output());
		}

		String get(String path) throws Exception {
			return SampleAppEndToEndIT.this.http
				.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}

		String post(String path, String body) throws Exception {
			HttpResponse<String> response = SampleAppEndToEndIT.this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
			return response.body();
		}

		String output() throws IOException {
			return Files.readString(this.log);
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + this.port + path);
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
