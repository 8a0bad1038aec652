package io.pierre.schema.inspect;

import java.util.List;

import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The reader carries every part of the JSON into the model, so that a comparison with it can fail.
 */
class ExpectedSchemaReaderTests {

	@Test
	void readsColumnsKeysChecksAndIndexes() {
		NormalizedSchema schema = Migrations.expected("20250120000021");
		TableSchema users = schema.table("users");
		assertThat(users.columns().get("role")).isEqualTo(new ColumnSchema("TEXT", true, "'user'"));
		assertThat(users.columns().get("firebase_uid")).isEqualTo(new ColumnSchema("TEXT", false, null));
		assertThat(users.columns()).doesNotContainKey("strava_access_token");
		assertThat(users.primaryKey()).containsExactly("id");
		assertThat(users.unique()).containsExactly(List.of("email"));
		assertThat(users.checks()).contains(new CheckConstraint.AllowedValues("role", List.of("super_admin", "admin", "user")));
		assertThat(users.indexes().get("idx_users_firebase_uid"))
			.isEqualTo(new IndexSchema("idx_users_firebase_uid", true, List.of("firebase_uid"), "firebase_uid is not null"));
		assertThat(schema.table("recipes").indexes().get("idx_recipes_created").columns()).containsExactly("created_at desc");
		assertThat(schema.table("recipes").checks()).contains(new CheckConstraint.Expression("servings > 0"));
		assertThat(schema.table("recipes").columns().get("cached_calories").type()).isEqualTo("REAL");
		assertThat(schema.table("a2a_usage").foreignKeys())
			.contains(new ForeignKeySchema(List.of("session_token"), "a2a_sessions", List.of("session_token"), "SET NULL"));
		assertThat(schema.table("a2a_client_api_keys").primaryKey()).containsExactly("client_id", "api_key_id");
	}

	@Test
	void readsTheSeededRowsWithoutTimestamps() {
		NormalizedSchema schema = Migrations.expected("20250120000021");
		assertThat(schema.rows().get("admin_config_categories")).hasSize(19);
		assertThat(schema.rows().get("system_settings")).containsExactly(new ReferenceRow(java.util.Map.of("key",
				"auto_approval_enabled", "value", "false", "description",
				"When enabled, new user registrations are automatically approved without admin intervention")));
		ReferenceRow first = schema.rows().get("admin_config_categories").get(0);
		assertThat(first.get("id")).isEqualTo("cat_algorithms");
		assertThat(first.get("display_order")).isEqualTo(110L);
		assertThat(Migrations.expected("20250120000012").rows()).isEmpty();
	}

	@Test
	void refusesAnUnknownVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> Migrations.expected("20250120000016"))
			.withMessageContaining("20250120000016");
	}

}
