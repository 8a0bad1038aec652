package io.pierre.schema.catalog;

import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a version rewrites, from the embedded expected schemas: those it rebuilds or alters,
 * not those it creates.
 */
class VersionRewritesTests {

	@Test
	void versionsRewriteTheTablesWhoseDefinitionTheyChange() {
		MigrationCatalog catalog = Migrations.CATALOG;
		// 14 rebuilds two tables to add their foreign keys; 15 drops columns of users and adds one to
		// the OAuth tokens; 17 creates the chat tables; 1 comes first.
		assertThat(VersionRewrites.of(catalog, SchemaVersion.of("20250120000014"))).containsExactly("a2a_clients",
				"user_configurations");
		assertThat(VersionRewrites.of(catalog, SchemaVersion.of("20250120000015"))).containsExactly("user_oauth_tokens",
				"users");
		assertThat(VersionRewrites.of(catalog, SchemaVersion.of("20250120000017"))).isEmpty();
		assertThat(VersionRewrites.of(catalog, SchemaVersion.of("20250120000001"))).isEmpty();
	}

}
