package io.pierre.schema.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every embedded expected schema equals the contract's: {@code contract/versions/<version>.json}
 * in the test resources is the contract's own file, kept as it was handed over, while the
 * embedded ones are written by the schema generator from a live migration. Without this the
 * inspector could agree with itself; with it, a schema generated wrong, or a version the contract
 * does not have, fails the build.
 */
class EmbeddedSchemasMatchTheContractTests {

	private static final String CONTRACT = "contract/versions";

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void theEmbeddedVersionsAreTheContractsVersions() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
			.getResources("classpath:" + CONTRACT + "/*.json");
		List<String> contract = new ArrayList<>();
		for (Resource file : files) {
			contract.add(file.getFilename().replace(".json", ""));
		}
		assertThat(Migrations.versions()).isNotEmpty().containsExactlyInAnyOrderElementsOf(contract);
	}

	@Test
	void everyEmbeddedExpectedSchemaEqualsTheContracts() throws IOException {
		for (String version : Migrations.versions()) {
			JsonNode embedded = read(MigrationCatalog.EXPECTED_SCHEMAS + "/" + version + ".json");
			JsonNode contract = read(CONTRACT + "/" + version + ".json");
			assertThat(embedded).as("the embedded expected schema of %s", version).isEqualTo(contract);
			assertThat(Migrations.expected(version)).as("the schema %s parses to", version)
				.isEqualTo(ExpectedSchemaReader.parse(getClass().getClassLoader().getResourceAsStream(
						CONTRACT + "/" + version + ".json")));
		}
	}

	private JsonNode read(String resource) throws IOException {
		try (InputStream json = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(json).as(resource).isNotNull();
			return this.mapper.readTree(json);
		}
	}

}
