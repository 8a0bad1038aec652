package io.pierre.sample.users;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.CheckStatements;
import io.pierre.schema.test.PierreTestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users and API keys endpoints over HTTP, on a migrated SQLite file of the class's own. Every
 * statement that they run is prepared on PostgreSQL too when the test run ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PierreTestDatabase(DatabaseKind.SQLITE)
@CheckStatements
class UserApiHttpTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsAndListsUsersWithGeneratedIdsAndUtcTimestamps() throws Exception {
		String email = "runner-" + UUID.randomUUID() + "@example.com";
		HttpResponse<String> created = post("/api/users",
				"{\"email\":\"" + email + "\",\"displayName\":\"Runner\",\"password\":\"long enough\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode user = this.json.readTree(created.body());
		String id = user.get("id").asString();
		assertThat(UUID.fromString(id).toString()).isEqualTo(id);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/users/" + id);
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(user.get("tier").asString()).isEqualTo("starter");
		assertThat(user.get("status").asString()).isEqualTo("pending");
		assertThat(user.get("role").asString()).isEqualTo("user");
		assertThat(user.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
		assertThat(Instant.parse(user.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(created.body()).doesNotContain("password").doesNotContain("long enough");

		assertThat(this.json.readTree(get("/api/users/" + id).body()).get("email").asString()).isEqualTo(email);
		assertThat(get("/api/users").body()).contains(id);
		String storedHash = this.jdbc.queryForObject("SELECT password_hash FROM users WHERE id = ?", String.class, id);
		assertThat(storedHash).startsWith("pbkdf2-sha256$").doesNotContain("long enough");
	}

	@Test
	void createsApiKeysShowingTheKeyOnceAndStoringItsHash() throws Exception {
		String id = createUser();
		HttpResponse<String> created = post("/api/users/" + id + "/api-keys",
				"{\"name\":\"ci\",\"tier\":\"professional\",\"expiresInDays\":30}");
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = this.json.readTree(created.body());
		String key = body.get("key").asString();
		JsonNode apiKey = body.get("apiKey");
		assertThat(key).startsWith(apiKey.get("keyPrefix").asString());
		assertThat(apiKey.get("tier").asString()).isEqualTo("professional");
		assertThat(Instant.parse(apiKey.get("expiresAt").asString()))
			.isEqualTo(Instant.parse(apiKey.get("createdAt").asString()).plusSeconds(30L * 24 * 3600));
		assertThat(this.jdbc.queryForObject("SELECT key_hash FROM api_keys WHERE id = ?", String.class,
				apiKey.get("id").asString()))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes())));

		HttpResponse<String> listed = get("/api/users/" + id + "/api-keys");
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(listed.body())).hasSize(1);
		assertThat(listed.body()).contains(apiKey.get("id").asString()).doesNotContain(key);
	}

	@Test
	void listsTheUsableApiKeysThroughJooqLeavingOutTheInactiveAndTheExpired() throws Exception {
		String id = createUser();
		String expiring = apiKeyId(post("/api/users/" + id + "/api-keys", "{\"name\":\"expiring\",\"expiresInDays\":30}"));
		String lasting = apiKeyId(post("/api/users/" + id + "/api-keys", "{\"name\":\"lasting\"}"));
		String expired = apiKeyId(post("/api/users/" + id + "/api-keys", "{\"name\":\"expired\"}"));
		String inactive = apiKeyId(post("/api/users/" + id + "/api-keys", "{\"name\":\"inactive\"}"));
		// As SQLite's datetime('now') writes it: the other form that the schema holds.
		this.jdbc.update("UPDATE api_keys SET expires_at = ? WHERE id = ?", "2025-01-20 10:00:00", expired);
		this.jdbc.update("UPDATE api_keys SET is_active = 0 WHERE id = ?", inactive);

		HttpResponse<String> usable = get("/api/users/" + id + "/api-keys/usable");
		assertThat(usable.statusCode()).isEqualTo(200);
		JsonNode keys = this.json.readTree(usable.body());
		assertThat(keys.valueStream().map((key) -> key.get("id").asString())).containsExactlyInAnyOrder(expiring,
				lasting);
		assertThat(keys.valueStream().map((key) -> key.get("active").asBoolean())).containsOnly(true);
	}

	private String apiKeyId(HttpResponse<String> created) {
		assertThat(created.statusCode()).isEqualTo(201);
		return this.json.readTree(created.body()).get("apiKey").get("id").asString();
	}

	@Test
	void badRequestsGetJsonProblems() throws Exception {
		assertProblem(post("/api/users", "{\"email\":\"not-an-address\",\"password\":\"long enough\"}"), 400,
				"email 'not-an-address' is not an e-mail address");
		assertProblem(post("/api/users", "{\"email\":\"a@example.com\"}"), 400, "password is required");
		assertProblem(post("/api/users", "{\"email\":\"a@example.com\",\"password\":\"long enough\",\"tier\":\"gold\"}"),
				400, "tier 'gold' is not one of [enterprise, professional, starter]");
		assertProblem(post("/api/users", "{not json"), 400, null);
		assertProblem(get("/api/users/" + UUID.randomUUID()), 404, "No user ");
		String id = createUser();
		String email = this.json.readTree(get("/api/users/" + id).body()).get("email").asString();
		assertProblem(post("/api/users", "{\"email\":\"" + email + "\",\"password\":\"long enough\"}"), 409,
				"exists");
		assertProblem(post("/api/users/" + id + "/api-keys", "{\"name\":\"x\",\"tier\":\"free\"}"), 400,
				"tier 'free' is not one of");
	}

	private void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		if (detail != null) {
			assertThat(problem.get("detail").asString()).contains(detail);
		}
	}

	private String createUser() throws Exception {
		HttpResponse<String> created = post("/api/users",
				"{\"email\":\"u-" + UUID.randomUUID() + "@example.com\",\"password\":\"long enough\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return this.json.readTree(created.body()).get("id").asString();
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
