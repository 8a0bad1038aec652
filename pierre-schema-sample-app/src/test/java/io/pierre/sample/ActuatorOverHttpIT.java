package io.pierre.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user sees of the actuator over HTTP, with the packaged jar run as a separate process:
 * no password of the Pierre database in any endpoint, even with {@code show-values=always},
 * whether it was given as arguments, as {@code SPRING_APPLICATION_JSON} or as environment
 * variables, and a database that cannot be read answered by
 * {@code /actuator/pierreschema} with a 503 that says why, without an ERROR stack trace.
 */
class ActuatorOverHttpIT {

	private static final String SECRET = "S3cret-9b71e2";

	/** A password with characters that a URL must escape and a JSON text must not. */
	private static final String COMMAND_LINE_SECRET = "Pw@9b71:e2/x";

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
	void noEndpointShowsAPasswordGivenAsArguments() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String url = urlWithPassword(database);
			try (App app = start(Map.of(), args("--pierre.database.url=" + url,
					"--pierre.database.password=" + COMMAND_LINE_SECRET))) {
				String everything = scanEveryEndpoint(app);
				assertThat(everything).contains("--pierre.database.url=postgres://" + database.trustedUsername() + ":****@")
					.contains("--pierre.database.password=******");
			}
		}
	}

	@Test
	void noEndpointShowsAPasswordGivenAsSpringApplicationJson() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String json = JsonMapper.builder().build().writeValueAsString(Map.of("pierre", Map.of("database",
					Map.of("url", urlWithPassword(database), "password", COMMAND_LINE_SECRET))));
			try (App app = start(Map.of("SPRING_APPLICATION_JSON", json), args())) {
				String everything = scanEveryEndpoint(app);
				assertThat(everything).contains("\\\"password\\\":\\\"******\\\"")
					.contains("postgres://" + database.trustedUsername() + ":****@");
			}
		}
	}

	@Test
	void noEndpointShowsAPasswordGivenAsEnvironmentVariables() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			try (App app = start(Map.of("DATABASE_URL", urlWithPassword(database), "PIERRE_DATABASE_PASSWORD",
					COMMAND_LINE_SECRET, "PIERRE_DATABASE_USERNAME", database.trustedUsername()), args())) {
				assertThat(scanEveryEndpoint(app)).contains("postgres://" + database.trustedUsername() + ":****@");
			}
		}
	}

	/**
	 * Every endpoint but the heap dump (the process's memory, which holds the password as any
	 * running client does), with every value shown.
	 */
	private static String[] args(String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--management.endpoints.web.exposure.include=*", "--management.endpoints.web.exposure.exclude=heapdump",
				"--management.endpoint.env.show-values=always", "--management.endpoint.configprops.show-values=always"));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	private static String urlWithPassword(PostgresDatabase database) {
		// A role that the server trusts: the password is carried, never checked.
		return database.url()
			.replace("jdbc:postgresql://", "postgres://" + database.trustedUsername() + ":"
					+ URLEncoder.encode(COMMAND_LINE_SECRET, StandardCharsets.UTF_8) + "@");
	}

	/**
	 * Reads every link that {@code /actuator} lists, the templated ones for each metric and for the
	 * properties that carry the database's settings, and the log; none holds the password in any
	 * form it was given in.
	 * @return all that was read, for what it must show
	 */
	private String scanEveryEndpoint(App app) throws Exception {
		app.awaitStatus("/actuator/health", 200);
		JsonNode links = JsonMapper.builder().build().readTree(app.get("/actuator").body()).get("_links");
		List<String> paths = new ArrayList<>();
		links.properties().forEach((link) -> {
			String href = link.getValue().get("href").asString();
			paths.add(href.substring(href.indexOf("/actuator")));
		});
		assertThat(paths).contains("/actuator/env", "/actuator/configprops", "/actuator/pierreschema",
				"/actuator/metrics");
		List<String> expanded = new ArrayList<>();
		for (String path : paths) {
			if (!path.contains("{")) {
				expanded.add(path);
			}
		}
		for (String property : List.of("sun.java.command", "spring.application.json", "SPRING_APPLICATION_JSON",
				"pierre.database.url", "pierre.database.password", "DATABASE_URL", "PIERRE_DATABASE_PASSWORD")) {
			expanded.add("/actuator/env/" + property);
		}
		expanded.add("/actuator/configprops/pierre.database");
		expanded.add("/actuator/configprops/spring.datasource");
		expanded.add("/actuator/health/pierreSchema");
		JsonNode metrics = JsonMapper.builder().build().readTree(app.get("/actuator/metrics").body()).get("names");
		metrics.forEach((name) -> expanded.add("/actuator/metrics/" + name.asString()));
		StringBuilder everything = new StringBuilder();
		for (String path : expanded) {
			HttpResponse<String> response = app.get(path);
			assertThat(response.statusCode()).as(path).isIn(200, 404);
			assertThat(response.body()).as(path).doesNotContain(COMMAND_LINE_SECRET)
				.doesNotContain(URLEncoder.encode(COMMAND_LINE_SECRET, StandardCharsets.UTF_8));
			everything.append(response.body());
		}
		assertThat(app.output()).doesNotContain(COMMAND_LINE_SECRET)
			.doesNotContain(URLEncoder.encode(COMMAND_LINE_SECRET, StandardCharsets.UTF_8));
		return everything.toString();
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
		// The app sees only what a test gives it: not the test run's database settings, its password among them.
		builder.environment().keySet().removeIf((name) -> name.equals("DATABASE_URL") || name.startsWith("PIERRE_"));
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
