package io.pierre.schema.inspect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.FlywayMigrationRunner;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a populated database keeps its rows: version 12 makes administrators 'admin'; version
 * 14 removes exactly the A2A clients and user configurations whose user does not exist, with what
 * would cascade from them, and nothing else; version 15 and later remove nothing, and version 21
 * seeds only what is absent. On SQLite this is what the original rebuilds got wrong: their DROP
 * TABLE cascaded into every child row.
 */
class UpgradeKeepsRowsTest {

	private static final String V11 = "20250120000011";

	private static final String V12 = "20250120000012";

	private static final String V13 = "20250120000013";

	private static final String V14 = "20250120000014";

	private static final String V20 = "20250120000020";

	@Test
	void sqliteUpgradeKeepsRows(@TempDir Path directory) throws SQLException {
		assertUpgradeKeepsRows(TestSqlite.dataSource(directory.resolve("pierre.db")), DatabaseKind.SQLITE);
	}

	@Test
	void postgresqlUpgradeKeepsRows() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertUpgradeKeepsRows(database.dataSource(), DatabaseKind.POSTGRESQL);
		}
	}

	private void assertUpgradeKeepsRows(DataSource dataSource, DatabaseKind kind) throws SQLException {
		migrate(dataSource, kind, V11);
		try (Connection connection = dataSource.getConnection()) {
			RowFactory rows = new RowFactory(Migrations.EXPECTED.read(V11), connection);
			Map<String, Object> admin = rows.validRow("users");
			admin.put("id", "admin-user");
			admin.put("is_admin", 1L);
			rows.insert("users", admin);
			Map<String, Object> plain = rows.validRow("users");
			plain.put("id", "plain-user");
			plain.put("is_admin", 0L);
			rows.insert("users", plain);
		}
		migrate(dataSource, kind, V12);
		assertThat(query(dataSource, "SELECT role FROM users WHERE id = 'admin-user'")).isEqualTo("admin");
		assertThat(query(dataSource, "SELECT role FROM users WHERE id = 'plain-user'")).isEqualTo("user");

		migrate(dataSource, kind, V13);
		String orphanSession;
		try (Connection connection = dataSource.getConnection()) {
			// Rows are made with version 14's schema, whose foreign keys tell which users the A2A
			// clients and user configurations belong to; the tables are the same at version 13.
			RowFactory rows = new RowFactory(Migrations.EXPECTED.read(V14), connection);
			for (String table : Migrations.EXPECTED.read(V13).tables().keySet()) {
				if (!table.equals("system_settings")) {
					rows.insertValid(table);
				}
			}
			Map<String, Object> client = rows.validRow("a2a_clients");
			client.put("user_id", "no-such-user");
			rows.insert("a2a_clients", client);
			Object orphanClient = client.get("id");
			Map<String, Object> session = withValue(rows.validRow("a2a_sessions"), "client_id", orphanClient);
			rows.insert("a2a_sessions", session);
			orphanSession = (String) session.get("session_token");
			rows.insert("a2a_tasks", withValue(rows.validRow("a2a_tasks"), "client_id", orphanClient));
			rows.insert("a2a_client_api_keys", withValue(rows.validRow("a2a_client_api_keys"), "client_id", orphanClient));
			Map<String, Object> usage = withValue(rows.validRow("a2a_usage"), "client_id", orphanClient);
			rows.insert("a2a_usage", withValue(usage, "session_token", orphanSession));
			// A usage row of a client that stays, pointing at the orphan's session: it stays, without
			// the session (ON DELETE SET NULL).
			Map<String, Object> crossUsage = withValue(rows.validRow("a2a_usage"), "session_token", orphanSession);
			crossUsage.put("id", "cross-usage");
			rows.insert("a2a_usage", crossUsage);
			rows.insert("user_configurations", withValue(rows.validRow("user_configurations"), "user_id", "no-such-user"));
		}
		Map<String, Long> before = counts(dataSource, Migrations.EXPECTED.read(V13));

		migrate(dataSource, kind, V14);
		Map<String, Long> expected = new TreeMap<>(before);
		for (String table : new String[] { "a2a_clients", "a2a_sessions", "a2a_tasks", "a2a_client_api_keys",
				"a2a_usage", "user_configurations" }) {
			expected.put(table, before.get(table) - 1);
		}
		assertThat(counts(dataSource, Migrations.EXPECTED.read(V13))).isEqualTo(expected);
		assertThat(query(dataSource, "SELECT session_token FROM a2a_usage WHERE id = 'cross-usage'")).isNull();
		assertThat(query(dataSource, "SELECT COUNT(*) FROM a2a_sessions WHERE session_token = '" + orphanSession + "'"))
			.isEqualTo("0");

		migrate(dataSource, kind, V20);
		assertThat(counts(dataSource, Migrations.EXPECTED.read(V13))).isEqualTo(expected);
		assertThat(query(dataSource, "SELECT role FROM users WHERE id = 'admin-user'")).isEqualTo("admin");

		// Version 21 seeds categories only where absent: neither a row with one of its ids nor one
		// with one of its names is overwritten, and neither stops the others.
		Migrations.execute(dataSource,
				"UPDATE admin_config_categories SET display_name = 'Weather (ours)' WHERE id = 'cat_weather'",
				"INSERT INTO admin_config_categories (id, name, display_name) VALUES ('cat_monitoring', 'our_monitoring', 'Ours')",
				"INSERT INTO admin_config_categories (id, name, display_name) VALUES ('our_cache', 'cache_ttl', 'Our cache')");
		migrate(dataSource, kind, null);
		assertThat(counts(dataSource, Migrations.EXPECTED.read(V13))).isEqualTo(expected);
		assertThat(query(dataSource, "SELECT COUNT(*) FROM admin_config_categories")).isEqualTo(String.valueOf(13 + 2 + 4));
		assertThat(query(dataSource, "SELECT display_name FROM admin_config_categories WHERE id = 'cat_weather'"))
			.isEqualTo("Weather (ours)");
		assertThat(query(dataSource, "SELECT name FROM admin_config_categories WHERE id = 'cat_monitoring'"))
			.isEqualTo("our_monitoring");
		assertThat(query(dataSource, "SELECT COUNT(*) FROM admin_config_categories WHERE id = 'cat_cache_ttl'"))
			.isEqualTo("0");
		assertThat(query(dataSource, "SELECT display_name FROM admin_config_categories WHERE id = 'cat_provider_garmin'"))
			.isEqualTo("Garmin Provider");
	}

	private static Map<String, Object> withValue(Map<String, Object> row, String column, Object value) {
		row.put(column, value);
		return row;
	}

	private static void migrate(DataSource dataSource, DatabaseKind kind, String target) throws SQLException {
		MigrationSettings settings = (target != null) ? MigrationSettings.defaults().withTarget(target)
				: MigrationSettings.defaults();
		new FlywayMigrationRunner(settings, UpgradeKeepsRowsTest.class.getClassLoader()).migrate(dataSource, kind);
	}

	private static Map<String, Long> counts(DataSource dataSource, NormalizedSchema schema) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : schema.tables().keySet()) {
			counts.put(table, Long.parseLong(query(dataSource, "SELECT COUNT(*) FROM " + table)));
		}
		return counts;
	}

	private static String query(DataSource dataSource, String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).as("a row from %s", sql).isTrue();
			return result.getString(1);
		}
	}

}
