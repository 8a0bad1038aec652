package io.pierre.sample;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.PierreSchemaCommandLine;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app over HTTP on a SQLite file, with a password set that no response may show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationHttpTests {

	private static final String PASSWORD = "Sample-Pw-93ac7e15";

	private static final String NEWEST = Migrations.newestVersion();

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("pierre.database.url", SampleApplicationHttpTests::url);
		// SQLite ignores it; it is here to be looked for in every response.
		registry.add("pierre.database.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void startsWithTheSchemaMigratedAndReportsHealthUp() throws Exception {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM admin_config_categories", Integer.class))
			.isEqualTo(Migrations.newestSchema().rows().get("admin_config_categories").size());
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void healthShowsThePierreSchemaWithDetails() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(PASSWORD);
		JsonNode pierre = this.json.readTree(response.body()).path("components").path("pierreSchema");
		assertThat(pierre.path("status").asString()).isEqualTo("UP");
		JsonNode details = pierre.path("details");
		assertThat(details.path("database").asString()).isEqualTo("SQLite");
		assertThat(details.path("databaseVersion").asString()).isNotBlank();
		assertThat(details.path("currentVersion").asString()).isEqualTo(NEWEST);
		assertThat(details.path("newestVersion").asString()).isEqualTo(NEWEST);
		assertThat(details.path("pending").asInt()).isZero();
		assertThat(details.path("applied").asInt()).isEqualTo(Migrations.versions().size());
		assertThat(Instant.parse(details.path("lastAppliedOn").asString())).isBefore(Instant.now());
		assertThat(details.path("historyTable").asString()).isEqualTo("pierre_schema_history");
		assertThat(details.path("mode").asString()).isEqualTo("migrate");
	}

	@Test
	void endpointListsEveryMigrationAsTheInfoCommandDoes() throws Exception {
		HttpResponse<String> response = get("/actuator/pierreschema");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(PASSWORD);
		JsonNode schema = this.json.readTree(response.body());
		assertThat(schema.path("database").asString()).isEqualTo("SQLite");
		assertThat(schema.path("historyTable").asString()).isEqualTo("pierre_schema_history");
		assertThat(schema.path("currentVersion").asString()).isEqualTo(NEWEST);
		assertThat(schema.path("newestVersion").asString()).isEqualTo(NEWEST);
		JsonNode migrations = schema.path("migrations");
		assertThat(migrations.size()).isEqualTo(Migrations.versions().size());
		List<String> lines = new ArrayList<>();
		for (JsonNode migration : migrations) {
			assertThat(migration.path("type").asString()).isEqualTo("SQL");
			assertThat(migration.path("state").asString()).isEqualTo("applied");
			assertThat(Instant.parse(migration.path("installedOn").asString())).isBefore(Instant.now());
			assertThat(migration.path("executionTime").isNumber()).isTrue();
			lines.add(migration.path("version").asString() + "/" + migration.path("state").asString() + " "
					+ migration.path("description").asString() + " (installed "
					+ migration.path("installedOn").asString() + ", " + migration.path("executionTime").asInt()
					+ " ms)");
		}
		assertThat(lines.get(0)).startsWith("20250120000001/applied users schema (installed ");
		// The info command, on the same file, prints the same migrations line for line.
		assertThat(info()).containsSubsequence(lines);
	}

	@Test
	void metricsShowTheVersionPendingAndStartupMigration() throws Exception {
		HttpResponse<String> version = get("/actuator/metrics/pierre.schema.version");
		assertThat(version.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(version.body());
		assertThat(body.path("measurements").get(0).path("value").asDouble()).isEqualTo(Double.parseDouble(Migrations.newestVersion()));
		assertThat(body.path("availableTags").get(0).path("tag").asString()).isEqualTo("database");
		assertThat(body.path("availableTags").get(0).path("values").get(0).asString()).isEqualTo("sqlite");
		HttpResponse<String> pending = get("/actuator/metrics/pierre.schema.pending?tag=database:sqlite");
		assertThat(this.json.readTree(pending.body()).path("measurements").get(0).path("value").asDouble()).isZero();
		HttpResponse<String> migration = get("/actuator/metrics/pierre.schema.migration");
		assertThat(this.json.readTree(migration.body()).path("measurements").get(0).path("value").asDouble())
			.isOne();
		for (HttpResponse<String> response : List.of(version, pending, migration)) {
			assertThat(response.body()).doesNotContain(PASSWORD);
		}
	}

	private List<String> info() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = new PierreSchemaCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of())
			.execute("info", "--pierre.database.url=" + url());
		assertThat(exitCode).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String url() {
		return "jdbc:sqlite:" + dir.resolve("data/users.db");
	}

}
