package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.FlywayMigrationRunner;
import io.pierre.schema.migration.MigrationSettings;

/**
 * Shortcuts the tests share: the newest expected schema, a database migrated to it, statements run
 * on it.
 */
final class Migrations {

	static final ExpectedSchemaReader EXPECTED = new ExpectedSchemaReader(Migrations.class.getClassLoader());

	private Migrations() {
	}

	static String newestVersion() {
		List<String> versions = EXPECTED.versions();
		return versions.get(versions.size() - 1);
	}

	static NormalizedSchema newestSchema() {
		return EXPECTED.read(newestVersion());
	}

	static void migrateToNewest(DataSource dataSource, DatabaseKind kind) throws SQLException {
		new FlywayMigrationRunner(MigrationSettings.defaults(), Migrations.class.getClassLoader()).migrate(dataSource,
				kind);
	}

	static void execute(DataSource dataSource, String... statements) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
