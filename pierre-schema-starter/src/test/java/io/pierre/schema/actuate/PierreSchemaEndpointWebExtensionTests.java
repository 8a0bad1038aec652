package io.pierre.schema.actuate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PierreSchemaEndpointWebExtension} answers a database it cannot read with a 503 and why,
 * credentials masked, and no stack trace in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PierreSchemaEndpointWebExtensionTests {

	private static final String SECRET = "Pierre-Secret-77d0a1";

	@TempDir
	Path dir;

	@Test
	void unreadableDatabaseIs503WithTheReasonMasked(CapturedOutput output) {
		String url = "jdbc:nosuchdriver://pierre:" + SECRET + "@127.0.0.1:1/pierre";
		PierreSchemaEndpoint endpoint = new PierreSchemaEndpoint(SchemaDatabases.migrator(new DriverManagerDataSource(url)));
		WebEndpointResponse<Object> response = new PierreSchemaEndpointWebExtension(endpoint,
				new SecretRedactor(List.of(SECRET)))
			.schema();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getBody()).isInstanceOfSatisfying(Map.class, (body) -> assertThat((String) body.get("error"))
			.contains("No suitable driver")
			.contains("jdbc:nosuchdriver://pierre:****@127.0.0.1:1/pierre"));
		assertThat(response.getBody().toString()).doesNotContain(SECRET);
		assertThat(output).contains("WARN").doesNotContain(SECRET).doesNotContain("\tat ").doesNotContain("ERROR");
	}

	@Test
	void readableDatabaseIs200WithTheMigrations() {
		try (HikariDataSource dataSource = SchemaDatabases.sqlite(this.dir.resolve("pierre.db"))) {
			PierreSchemaEndpoint endpoint = new PierreSchemaEndpoint(SchemaDatabases.migrator(dataSource));
			WebEndpointResponse<Object> response = new PierreSchemaEndpointWebExtension(endpoint,
					new SecretRedactor(List.of()))
				.schema();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getBody()).isInstanceOfSatisfying(PierreSchemaEndpoint.SchemaDescriptor.class,
					(schema) -> assertThat(schema.migrations()).hasSize(Migrations.versions().size()));
		}
	}

}
