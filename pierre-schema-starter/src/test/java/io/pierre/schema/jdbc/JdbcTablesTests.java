package io.pierre.schema.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table is found by its exact name: in the metadata's name patterns {@code _} stands for any
 * one character, so {@code pierre_schema_history} would otherwise be found in a database that
 * holds only {@code pierrexschemaxhistory}.
 */
class JdbcTablesTests {

	@Test
	void sqliteTableIsFoundByItsExactNameOnly(@TempDir Path directory) throws SQLException {
		assertExactNamesOnly(TestSqlite.dataSource(directory.resolve("tables.db")), null);
	}

	@Test
	void postgresqlTableIsFoundByItsExactNameOnlyAndInItsSchema() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			DataSource dataSource = database.dataSource();
			Migrations.execute(dataSource, "CREATE SCHEMA other_1", "CREATE TABLE other_1.elsewhere (x int)");
			assertExactNamesOnly(dataSource, "public");
			try (Connection connection = dataSource.getConnection()) {
				assertThat(JdbcTables.exists(connection, "other_1", "elsewhere")).isTrue();
				assertThat(JdbcTables.exists(connection, "public", "elsewhere")).isFalse();
				assertThat(JdbcTables.exists(connection, "otherx1", "elsewhere")).isFalse();
			}
		}
	}

	private static void assertExactNamesOnly(DataSource dataSource, String schema) throws SQLException {
		Migrations.execute(dataSource, "CREATE TABLE pierrexschemaxhistory (x int)", "CREATE TABLE \"100%\" (x int)");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(JdbcTables.exists(connection, schema, "pierrexschemaxhistory")).isTrue();
			assertThat(JdbcTables.exists(connection, schema, "pierre_schema_history")).isFalse();
			assertThat(JdbcTables.exists(connection, schema, "100%")).isTrue();
			assertThat(JdbcTables.exists(connection, schema, "10%")).isFalse();
		}
	}

	@Test
	void quotedIdentifierKeepsItsCaseAndItsQuotes(@TempDir Path directory) throws SQLException {
		DataSource dataSource = TestSqlite.dataSource(directory.resolve("quoted.db"));
		Migrations.execute(dataSource, "CREATE TABLE " + JdbcTables.quote("Odd \"name\"") + " (x int)");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(JdbcTables.names(connection, null)).containsExactly("Odd \"name\"");
		}
	}

}
