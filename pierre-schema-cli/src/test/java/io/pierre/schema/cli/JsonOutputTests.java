package io.pierre.schema.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --json} and {@code --output=json}: one JSON document on standard output, nothing else on
 * it, for success and failure, with the exit codes of the text output. Each command runs as a
 * process; each document is parsed.
 */
class JsonOutputTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void migrateInfoValidateAndRevertPrintOneDocumentEach() {
		JsonNode migrate = document(run("migrate", "--json", "--target-version", "20250120000020"), 0);
		assertThat(migrate.get("command").asString()).isEqualTo("migrate");
		assertThat(migrate.get("success").asBoolean()).isTrue();
		assertThat(migrate.get("applied")).as("20 versions, none numbered 16").hasSize(19);
		JsonNode first = migrate.get("applied").get(0);
		assertThat(first.get("version").asString()).isEqualTo("20250120000001");
		assertThat(first.get("description").asString()).isEqualTo("users schema");
		assertThat(first.get("durationMillis").isIntegralNumber()).isTrue();
		assertThat(first.get("success").asBoolean()).isTrue();
		assertThat(migrate.get("status").get("currentVersion").asString()).isEqualTo("20250120000020");
		assertThat(migrate.has("backup")).as("a new database is not backed up").isFalse();

		JsonNode more = document(run("migrate", "--output=json"), 0);
		assertThat(more.get("applied")).hasSize(Migrations.versionsAfter("20250120000020"));
		assertThat(more.get("backup").asString()).contains("users.backup-20250120000020-");

		JsonNode info = document(run("info", "--json"), 0);
		assertThat(info.get("command").asString()).isEqualTo("info");
		JsonNode status = info.get("status");
		assertThat(status.get("database").asString()).isEqualTo("SQLite");
		assertThat(status.get("historyTable").asString()).isEqualTo("pierre_schema_history");
		assertThat(status.get("newestVersion").asString()).isEqualTo(Migrations.newestVersion());
		assertThat(status.get("migrations")).hasSize(Migrations.versions().size()).allSatisfy((migration) -> {
			assertThat(migration.get("state").asString()).isEqualTo("applied");
			assertThat(migration.get("description").asString()).isNotBlank();
			assertThat(migration.get("installedOn").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.+Z");
			assertThat(migration.get("executionTimeMillis").isIntegralNumber()).isTrue();
		});

		JsonNode validate = document(run("validate", "--output", "json"), 0);
		assertThat(validate.get("command").asString()).isEqualTo("validate");
		assertThat(validate.get("success").asBoolean()).isTrue();
		assertThat(validate.get("status").get("currentVersion").asString()).isEqualTo(Migrations.newestVersion());

		JsonNode revert = document(run("revert", "--json", "--target-version", "20250120000019"), 0);
		assertThat(revert.get("reverted")).extracting((version) -> version.get("version").asString())
			.containsExactlyElementsOf(newestFirstAfter("20250120000019"));
		assertThat(revert.get("discarded")).isEmpty();
		assertThat(revert.get("status").get("currentVersion").asString()).isEqualTo("20250120000019");

		JsonNode pending = document(run("info", "--json"), 0);
		assertThat(pending.get("status").get("migrations").get(19).get("state").asString()).isEqualTo("pending");
		assertThat(pending.get("status").get("migrations").get(19).get("installedOn").isNull()).isTrue();
	}

	@Test
	void aFailureIsADocumentWithTheErrorAndItsCauseAndExitCodeOne() throws SQLException {
		JsonNode missing = document(run("info", "--json"), 1);
		assertThat(missing.get("success").asBoolean()).isFalse();
		assertThat(missing.get("error").get("message").asString()).startsWith("The SQLite database ")
			.endsWith("does not exist; nothing was created");
		assertThat(this.dir.resolve("users.db")).doesNotExist();

		document(run("migrate", "--json", "--target-version", "20250120000013"), 0);
		JsonNode invalid = document(run("validate", "--json"), 1);
		assertThat(invalid.get("error").get("message").asString()).startsWith("Pierre schema validation failed: " + Migrations.versionsAfter("20250120000013") + " pending");

		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + this.dir.resolve("users.db"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE VIEW client_names AS SELECT name FROM a2a_clients");
		}
		JsonNode failed = document(run("migrate", "--json"), 1);
		assertThat(failed.get("command").asString()).isEqualTo("migrate");
		assertThat(failed.get("success").asBoolean()).isFalse();
		assertThat(failed.get("applied")).singleElement().satisfies((version) -> {
			assertThat(version.get("version").asString()).isEqualTo("20250120000014");
			assertThat(version.get("success").asBoolean()).isFalse();
		});
		assertThat(failed.get("backup").asString()).contains("users.backup-20250120000013-");
		assertThat(failed.get("error").get("message").asString()).contains("20250120000014");
		assertThat(failed.get("error").get("cause").asString()).contains("client_names");
	}

	@Test
	void usageErrorsStayUsageErrors() {
		Result dryRun = run("migrate", "--json", "--dry-run");
		assertThat(dryRun.exitCode()).isEqualTo(2);
		assertThat(dryRun.err()).startsWith("--dry-run prints SQL; it does not take --json or --output=json");
		assertThat(dryRun.out()).isEmpty();
		Result format = run("info", "--output=yaml");
		assertThat(format.exitCode()).isEqualTo(2);
		assertThat(format.err()).contains("--output").contains("yaml");
		assertThat(format.out()).isEmpty();
		assertThat(this.dir.resolve("users.db")).doesNotExist();
	}

	private Result run(String... command) {
		return new ServiceProcess(this.dir, Map.of()).run(ServiceProcess.arguments(new String[] { "-D", "sqlite:./users.db" },
				command));
	}

	/** The output, which must be exactly one JSON document, and the exit code. */
	private static JsonNode document(Result result, int exitCode) {
		assertThat(result.exitCode()).as(result.all()).isEqualTo(exitCode);
		assertThat(result.out().lines().toList()).as("one line on standard output").hasSize(1);
		JsonNode document = MAPPER.readTree(result.out());
		assertThat(document.isObject()).isTrue();
		assertThat(List.of("command", "success")).allSatisfy((field) -> assertThat(document.has(field)).isTrue());
		return document;
	}

	private static List<String> newestFirstAfter(String version) {
		List<String> after = new ArrayList<>(Migrations.versions().stream()
			.filter((candidate) -> candidate.compareTo(version) > 0)
			.toList());
		Collections.reverse(after);
		return after;
	}

}
