package io.pierre.schema.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.SqliteJournalMode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated configuration metadata explains every {@code pierre.database.*} key in the IDE.
 */
class ConfigurationMetadataTests {

	@Test
	void everyPropertyHasADescription() throws Exception {
		JsonNode metadata = metadata();
		List<String> names = new ArrayList<>();
		for (JsonNode property : metadata.get("properties")) {
			String name = property.get("name").asString();
			if (name.startsWith("pierre.database.")) {
				names.add(name);
				assertThat(property.path("description").asString()).as(name).isNotBlank();
			}
		}
		assertThat(names).contains("pierre.database.enabled", "pierre.database.url", "pierre.database.username",
				"pierre.database.password", "pierre.database.mode", "pierre.database.history-table",
				"pierre.database.schema", "pierre.database.target", "pierre.database.ignore-future-versions",
				"pierre.database.connect-timeout", "pierre.database.backup.enabled", "pierre.database.backup.keep",
				"pierre.database.sqlite.busy-timeout", "pierre.database.sqlite.journal-mode",
				"pierre.database.sqlite.migration-cache",
				"pierre.database.health.drift-check-interval");
	}

	@Test
	void journalModeIsAnEnumThatIdesComplete() throws Exception {
		JsonNode metadata = metadata();
		JsonNode property = property(metadata, "pierre.database.sqlite.journal-mode");
		assertThat(property.path("type").asString()).isEqualTo(SqliteJournalMode.class.getName());
		assertThat(property.path("defaultValue").asString()).isEqualTo("WAL");
		// The values come from the type; a hand-written list could drift from it.
		List<String> hinted = new ArrayList<>();
		metadata.path("hints").forEach((hint) -> hinted.add(hint.get("name").asString()));
		assertThat(hinted).doesNotContain("pierre.database.sqlite.journal-mode");
	}

	@Test
	void timeoutsAreDurations() throws Exception {
		for (String name : List.of("pierre.database.connect-timeout", "pierre.database.sqlite.busy-timeout")) {
			assertThat(property(metadata(), name).path("type").asString()).as(name).isEqualTo("java.time.Duration");
		}
	}

	@Test
	void healthIndicatorSwitchIsDescribed() throws Exception {
		JsonNode property = property(metadata(), "management.health.pierreschema.enabled");
		assertThat(property.path("type").asString()).isEqualTo("java.lang.Boolean");
		assertThat(property.path("defaultValue").asBoolean()).isTrue();
		assertThat(property.path("description").asString()).isNotBlank();
	}

	@Test
	void driftCheckIntervalDefaultsToFiveMinutes() throws Exception {
		JsonNode property = property(metadata(), "pierre.database.health.drift-check-interval");
		assertThat(property.path("type").asString()).isEqualTo("java.time.Duration");
		assertThat(property.path("defaultValue").asString()).isEqualTo("5m");
	}

	@Test
	void historyTableDefaultIsTheStartersTable() throws Exception {
		// Written by hand beside the properties: the processor cannot read a constant of another class.
		JsonNode property = property(metadata(), "pierre.database.history-table");
		assertThat(property.path("defaultValue").asString()).isEqualTo(HistoryTable.DEFAULT_NAME);
	}

	private static JsonNode property(JsonNode metadata, String name) {
		for (JsonNode property : metadata.get("properties")) {
			if (property.get("name").asString().equals(name)) {
				return property;
			}
		}
		throw new AssertionError("No metadata for " + name);
	}

	private JsonNode metadata() throws Exception {
		try (InputStream input = getClass().getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			return JsonMapper.builder().build().readTree(input);
		}
	}

}
