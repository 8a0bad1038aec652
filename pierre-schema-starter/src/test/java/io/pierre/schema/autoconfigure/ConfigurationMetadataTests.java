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
		JsonNode metadata;
		try (InputStream input = getClass().getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			metadata = JsonMapper.builder().build().readTree(input);
		}
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
				"pierre.database.sqlite.busy-timeout", "pierre.database.sqlite.journal-mode");
	}

}
