package io.pierre.schema.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
	void journalModeListsSqlitesModes() throws Exception {
		List<String> values = new ArrayList<>();
		for (JsonNode hint : metadata().get("hints")) {
			if (hint.get("name").asString().equals("pierre.database.sqlite.journal-mode")) {
				hint.get("values").forEach((value) -> {
					values.add(value.get("value").asString());
					assertThat(value.path("description").asString()).isNotBlank();
				});
			}
		}
		assertThat(values).containsExactlyInAnyOrder("WAL", "DELETE", "TRUNCATE", "PERSIST", "MEMORY", "OFF");
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
