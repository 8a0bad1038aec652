package io.pierre.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service on PostgreSQL, its password in the URL: no endpoint and no log line shows
 * it, health details included.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationSecretsTests {

	@Test
	void neitherEndpointsNorLogsShowThePassword(CapturedOutput output) throws Exception {
		PostgresDatabase database = TestPostgres.createDatabase();
		// The role's own: the server checks it, so a start that dropped or mangled it would fail.
		String password = database.checkedPassword();
		try (database;
				ConfigurableApplicationContext context = SpringApplication.run(PierreSampleApplication.class,
						"--server.port=0", "--spring.profiles.active=postgres",
						"--pierre.database.url=postgres://" + database.username() + ":" + password + "@"
								+ database.url().substring("jdbc:postgresql://".length()),
						"--management.endpoints.web.exposure.include=health,info,env,configprops",
						"--logging.level.org.flywaydb=info")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpClient http = HttpClient.newHttpClient();
			for (String endpoint : List.of("health", "info", "env", "configprops")) {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/" + endpoint)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
				assertThat(response.body()).as(endpoint).doesNotContain(password);
				if (endpoint.equals("health")) {
					assertThat(response.body()).contains("\"status\":\"UP\"").contains("PostgreSQL");
				}
			}
		}
		assertThat(output).contains("Pierre schema: applied " + Migrations.versions().size() + " migrations").contains("Database: jdbc:postgresql://");
		assertThat(output.getAll()).doesNotContain(password);
	}

}
