package io.pierre.schema.versions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.RevertReport;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.OwnedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.RowFactory;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the versions after v0.3.0 do beyond their schema, the same on SQLite and PostgreSQL: the
 * social triggers count reactions and adaptations up and down and stamp the insight in the
 * contract's formats, every update of a synthetic activity sets its updated_at (on PostgreSQL
 * without recursing), a default of datetime('now') gives the same text on both,
 * 20260206000001 revokes every live refresh token (and a revert leaves them revoked, saying so),
 * 20260209000001 fills the provider connections alike on both, and a service pinned at v0.3.0
 * stays there.
 */
class ServerVersionsBehaviourTests {

	/** The newest version of the Pierre server's release v0.3.0. */
	private static final String RELEASE_0_3_0 = "20250120000021";

	private static final String SOCIAL = "20250120000040";

	private static final String RFC_3339 = "20250120000041";

	private static final String BEFORE_REVOKING = "20260205000001";

	private static final String REVOKING = "20260206000001";

	private static final String CONNECTIONS = "20260209000001";

	private static final DateTimeFormatter SQLITE_NOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter RFC_3339_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

	@TempDir
	Path directory;

	/** A service that shares its database with a v0.3.0 server stays at v0.3.0's newest version. */
	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void aServicePinnedAtVersion030StaysThere(DatabaseKind kind) throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			DataSource dataSource = database.dataSource();
			assertThat(Migrations.migrator(dataSource, RELEASE_0_3_0).migrate().status().currentVersion())
				.hasValueSatisfying((version) -> assertThat(version.text()).isEqualTo(RELEASE_0_3_0));
			assertThat(Migrations.migrator(dataSource, RELEASE_0_3_0).migrate().applied()).isZero();
			assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(RELEASE_0_3_0));
			assertThat(SchemaComparator.compare(Migrations.expected(RELEASE_0_3_0),
					new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
				.isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void theSocialTriggersCountUpAndDownAndStampTheInsightInRfc3339(DatabaseKind kind) throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			Migrations.migrator(database.dataSource(), null).migrate();
			assertSocialTriggers(database.dataSource(), RFC_3339_UTC);
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void atVersion40TheSocialTriggersStampTheInsightAsSqliteTime(DatabaseKind kind) throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			Migrations.migrator(database.dataSource(), SOCIAL).migrate();
			assertSocialTriggers(database.dataSource(), SQLITE_NOW);
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void revertingVersion41GivesVersion40sStampBack(DatabaseKind kind) throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			Migrations.migrator(database.dataSource(), RFC_3339).migrate();
			Migrations.migrator(database.dataSource(), null).revert(SOCIAL);
			assertSocialTriggers(database.dataSource(), SQLITE_NOW);
		}
	}

	private static void assertSocialTriggers(DataSource dataSource, DateTimeFormatter stamp) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			RowFactory rows = new RowFactory(Migrations.expected(currentVersion(dataSource)), connection);
			Map<String, Object> insight = rows.validRow("shared_insights");
			insight.put("updated_at", "2000-01-01T00:00:00Z");
			insight.put("reaction_count", 0L);
			insight.put("adapt_count", 0L);
			rows.insert("shared_insights", insight);
			Object id = insight.get("id");
			List<Map<String, Object>> reactions = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Map<String, Object> reaction = rows.validRow("insight_reactions");
				reaction.put("insight_id", id);
				rows.insert("insight_reactions", reaction);
				reactions.add(reaction);
			}
			Map<String, Object> adapted = rows.validRow("adapted_insights");
			adapted.put("source_insight_id", id);
			rows.insert("adapted_insights", adapted);
			assertThat(counts(connection, id)).containsExactly(2L, 1L);
			assertRecent(value(connection, "SELECT updated_at FROM shared_insights WHERE id = ?", id), stamp);

			update(connection, "DELETE FROM insight_reactions WHERE id = ?", reactions.get(0).get("id"));
			assertThat(counts(connection, id)).containsExactly(1L, 1L);
			update(connection, "DELETE FROM adapted_insights WHERE id = ?", adapted.get("id"));
			assertThat(counts(connection, id)).containsExactly(1L, 0L);
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void everyUpdateOfASyntheticActivitySetsItsUpdatedAtAndTheDefaultsAreSqliteTime(DatabaseKind kind)
			throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			Migrations.migrator(database.dataSource(), null).migrate();
			try (Connection connection = database.dataSource().getConnection()) {
				RowFactory rows = new RowFactory(Migrations.newestSchema(), connection);
				Map<String, Object> activity = rows.validRow("synthetic_activities");
				activity.remove("created_at");
				activity.remove("updated_at");
				rows.insert("synthetic_activities", activity);
				Object id = activity.get("id");
				assertRecent(value(connection, "SELECT created_at FROM synthetic_activities WHERE id = ?", id), SQLITE_NOW);
				update(connection, "UPDATE synthetic_activities SET updated_at = '2000-01-01 00:00:00' WHERE id = ?", id);
				assertRecent(value(connection, "SELECT updated_at FROM synthetic_activities WHERE id = ?", id), SQLITE_NOW);
				update(connection, "UPDATE synthetic_activities SET name = 'renamed', updated_at = 'written' WHERE id = ?", id);
				assertRecent(value(connection, "SELECT updated_at FROM synthetic_activities WHERE id = ?", id), SQLITE_NOW);
				assertThat(value(connection, "SELECT name FROM synthetic_activities WHERE id = ?", id)).isEqualTo("renamed");

				Map<String, Object> override = rows.validRow("tenant_tool_overrides");
				override.put("tool_name", "get_activities");
				override.remove("created_at");
				override.remove("updated_at");
				rows.insert("tenant_tool_overrides", override);
				assertRecent(value(connection, "SELECT created_at FROM tenant_tool_overrides WHERE id = ?",
						override.get("id")), SQLITE_NOW);
				assertRecent(value(connection, "SELECT updated_at FROM tool_catalog WHERE tool_name = ?", "get_activities"),
						SQLITE_NOW);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void everyLiveRefreshTokenIsRevokedAndStaysRevokedWhenReverted(DatabaseKind kind) throws SQLException {
		try (OwnedDatabase database = OwnedDatabase.of(kind, this.directory, "pierre.db")) {
			DataSource dataSource = database.dataSource();
			Migrations.migrator(dataSource, BEFORE_REVOKING).migrate();
			try (Connection connection = dataSource.getConnection()) {
				RowFactory rows = new RowFactory(Migrations.expected(BEFORE_REVOKING), connection);
				for (long revoked : new long[] { 0, 0, 1 }) {
					Map<String, Object> token = rows.validRow("oauth2_refresh_tokens");
					token.put("revoked", revoked);
					rows.insert("oauth2_refresh_tokens", token);
				}
			}
			Migrations.migrator(dataSource, REVOKING).migrate();
			assertThat(Migrations.queryForString(dataSource, "SELECT COUNT(*) FROM oauth2_refresh_tokens WHERE revoked = 1"))
				.isEqualTo("3");

			RevertReport report = Migrations.migrator(dataSource, null).revert(BEFORE_REVOKING);

			assertThat(Migrations.queryForString(dataSource, "SELECT COUNT(*) FROM oauth2_refresh_tokens WHERE revoked = 1"))
				.isEqualTo("3");
			assertThat(report.summary()).contains("refresh tokens that version " + REVOKING + " revoked stay revoked");
		}
	}

	@Test
	void theProviderConnectionsAreFilledAlikeOnBothDatabases() throws SQLException {
		List<List<Object>> sqlite = filledConnections(TestSqlite.dataSource(this.directory.resolve("pierre.db")));
		List<List<Object>> postgresql;
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			postgresql = filledConnections(database.dataSource());
		}
		assertThat(postgresql).isEqualTo(sqlite);
		assertThat(sqlite).containsExactly(
				List.of("oauth", "strava", "tenant-a", "user-a", "2026-01-01T10:00:00Z", "token-1", "-"),
				List.of("oauth", "synthetic", "tenant-b", "user-b", "2026-01-05T10:00:00Z", "token-2", "-"),
				List.of("synthetic", "synthetic", "tenant-a", "user-a", "2026-01-02 08:00:00", "<uuid>",
						"{\"source\": \"migration-backfill\"}"));
	}

	/**
	 * Fills a database before 20260209000001 with two users' tokens and synthetic activities (one
	 * user's oauth token already takes the provider "synthetic"), migrates it and reads what the
	 * version filled in: type, provider, tenant, user, connected_at, id (a UUID shown as such),
	 * metadata.
	 */
	private static List<List<Object>> filledConnections(DataSource dataSource) throws SQLException {
		Migrations.migrator(dataSource, REVOKING).migrate();
		try (Connection connection = dataSource.getConnection()) {
			RowFactory rows = new RowFactory(Migrations.expected(REVOKING), connection);
			for (String tenant : List.of("tenant-a", "tenant-b")) {
				Map<String, Object> row = rows.validRow("tenants");
				row.put("id", tenant);
				rows.insert("tenants", row);
			}
			for (String user : List.of("user-a", "user-b")) {
				Map<String, Object> row = rows.validRow("users");
				row.put("id", user);
				rows.insert("users", row);
			}
			token(rows, "token-1", "user-a", "tenant-a", "strava", "2026-01-01T10:00:00Z");
			token(rows, "token-2", "user-b", "tenant-b", "synthetic", "2026-01-05T10:00:00Z");
			activity(rows, "user-a", "tenant-a", "2026-01-03 09:00:00");
			activity(rows, "user-a", "tenant-a", "2026-01-02 08:00:00");
			activity(rows, "user-b", "tenant-b", "2026-01-04 07:00:00");
		}
		Migrations.migrator(dataSource, CONNECTIONS).migrate();
		List<List<Object>> connections = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement("SELECT connection_type, provider, tenant_id, "
						+ "user_id, connected_at, id, metadata FROM provider_connections ORDER BY connection_type, provider, user_id");
				ResultSet result = query.executeQuery()) {
			while (result.next()) {
				String id = result.getString(6);
				connections.add(List.of(result.getString(1), result.getString(2), result.getString(3), result.getString(4),
						result.getString(5),
						id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}") ? "<uuid>" : id,
						(result.getString(7) != null) ? result.getString(7) : "-"));
			}
		}
		return connections;
	}

	private static void token(RowFactory rows, String id, String user, String tenant, String provider, String createdAt)
			throws SQLException {
		Map<String, Object> token = new LinkedHashMap<>(rows.validRow("user_oauth_tokens"));
		token.put("id", id);
		token.put("user_id", user);
		token.put("tenant_id", tenant);
		token.put("provider", provider);
		token.put("created_at", createdAt);
		rows.insert("user_oauth_tokens", token);
	}

	private static void activity(RowFactory rows, String user, String tenant, String createdAt) throws SQLException {
		Map<String, Object> activity = new LinkedHashMap<>(rows.validRow("synthetic_activities"));
		activity.put("user_id", user);
		activity.put("tenant_id", tenant);
		activity.put("created_at", createdAt);
		rows.insert("synthetic_activities", activity);
	}

	private static String currentVersion(DataSource dataSource) throws SQLException {
		List<String> history = Migrations.history(dataSource);
		String last = history.get(history.size() - 1);
		return last.substring(0, last.indexOf(':'));
	}

	private static List<Long> counts(Connection connection, Object insight) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("SELECT reaction_count, adapt_count FROM shared_insights WHERE id = ?")) {
			query.setObject(1, insight);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return List.of(result.getLong(1), result.getLong(2));
			}
		}
	}

	private static String value(Connection connection, String sql, Object parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setObject(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
	}

	private static void update(Connection connection, String sql, Object parameter) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			update.setObject(1, parameter);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	/** A time in the format, UTC, within a minute of now: written by the database, not by the test. */
	private static void assertRecent(String text, DateTimeFormatter format) {
		assertThat(text).isNotNull();
		LocalDateTime time = LocalDateTime.parse(text, format);
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
		assertThat(Duration.between(time, now).abs()).as("%s against now, %s (UTC)", text, now)
			.isLessThan(Duration.ofMinutes(1));
	}

}
