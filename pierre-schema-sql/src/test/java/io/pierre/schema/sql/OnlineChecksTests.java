package io.pierre.schema.sql;

import java.nio.file.Path;
import java.util.List;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles fixture services with the processor, PostgreSQL online: what fails, where, on which
 * database. The databases that the processor keeps are the class's, migrated by its first test.
 */
class OnlineChecksTests {

	@TempDir
	Path folder;

	@RegisterExtension
	static final KeptDatabases POSTGRES = new KeptDatabases();

	private FixtureProject project;

	@BeforeEach
	void project() {
		this.project = new FixtureProject(this.folder).online(POSTGRES.server(), POSTGRES.prefix());
	}

	@Test
	void correctStatementsCompile() {
		this.project.source("fixture/Users.java", constant("SELECT id, email FROM users WHERE id = ?"))
			.source("fixture/Insert.java", constant("INSERT INTO users (id, email, display_name, password_hash, tier, "
					+ "user_status, role, created_at, last_active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.replace("Users", "Insert"));
		assertThat(this.project.compile().diagnostics()).isEmpty();
	}

	@Test
	void mistypedColumnFailsOnBothDatabasesAtTheConstant() {
		this.project.source("fixture/Users.java", constant("SELECT id, emial FROM users WHERE id = ?"));
		FixtureProject.Compilation compilation = this.project.compile();
		assertThat(compilation.success()).isFalse();
		assertThat(compilation.placedErrors()).hasSize(2)
			.anySatisfy((error) -> assertThat(error).startsWith("Users.java:7: SQL does not prepare on SQLite: ")
				.contains("no such column: emial"))
			.anySatisfy((error) -> assertThat(error).startsWith("Users.java:7: SQL does not prepare on PostgreSQL: ")
				.contains("column \"emial\" does not exist"));
	}

	@Test
	void booleanComparedWithAnIntegerColumnFailsOnPostgresqlOnly() {
		this.project.source("fixture/Users.java", constant("SELECT id FROM users WHERE is_admin = true"));
		FixtureProject.Compilation compilation = this.project.compile();
		assertThat(compilation.errors()).singleElement()
			.asString()
			.startsWith("SQL does not prepare on PostgreSQL: ERROR: operator does not exist: ")
			.contains("= boolean");
	}

	@Test
	void springDataQueryMethodIsChecked() {
		this.project.source("fixture/UserNames.java", """
				package fixture;

				import org.springframework.data.jdbc.repository.query.Query;
				import org.springframework.data.repository.Repository;

				interface UserNames extends Repository<Object, String> {

					@Query("SELECT display_name FROM users WHERE email = :email")
					String nameOf(String email);

					@Query("SELECT display_name FROM users WHERE e_mail = :email")
					String misspelt(String email);

				}
				""");
		FixtureProject.Compilation compilation = this.project.compile();
		assertThat(compilation.placedErrors()).hasSize(2)
			.allSatisfy((error) -> assertThat(error).startsWith("UserNames.java:12: ").contains("e_mail"));
	}

	@Test
	void targetOptionChecksAtThatVersion() {
		List<SchemaVersion> versions = MigrationCatalog.load(getClass().getClassLoader()).versions();
		String apiKeys = "SELECT id FROM api_keys WHERE user_id = ?";
		this.project.source("fixture/Keys.java", constant(apiKeys).replace("Users", "Keys"));
		assertThat(this.project.compile().success()).isTrue();
		// The first version has the users table only.
		this.project.option(SqlCheckOptions.TARGET, versions.get(0).text());
		FixtureProject.Compilation atFirst = this.project.compile();
		assertThat(atFirst.errors()).hasSize(2).allSatisfy((error) -> assertThat(error).contains("api_keys"));
	}

	@Test
	void unknownTargetIsAnErrorNamingTheOption() {
		this.project.source("fixture/Users.java", constant("SELECT id FROM users"))
			.option(SqlCheckOptions.TARGET, "19990101000000");
		assertThat(this.project.compile().errors()).singleElement()
			.asString()
			.contains("-Apierre.sql.target=19990101000000: the Pierre schema has no such version");
	}

	@Test
	void keptDatabaseServesTheNextCompilation() throws Exception {
		this.project.source("fixture/Users.java", constant("SELECT id FROM users"));
		assertThat(this.project.compile().success()).isTrue();
		List<String> kept = POSTGRES.names();
		assertThat(kept).contains(POSTGRES.prefix() + "_" + newest());
		assertThat(this.project.compile().success()).isTrue();
		assertThat(POSTGRES.names()).isEqualTo(kept);
	}

	@Test
	void serviceMigrationsInDbMigrationAreAppliedAfterThePierreSchema() throws Exception {
		this.project.resource("db/migration/V1__app_notes.sql", NOTES_TABLE)
			.source("fixture/Notes.java", constant("SELECT n.body, u.email FROM app_notes n JOIN users u ON u.id = n.user_id "
					+ "WHERE n.user_id = ?").replace("Users", "Notes"));
		assertThat(this.project.compile().diagnostics()).isEmpty();
		assertThat(POSTGRES.names()).anySatisfy((name) -> assertThat(name).matches(POSTGRES.prefix() + "_"
				+ newest() + "_[0-9a-f]{12}"));
		this.project.source("fixture/Notes.java", constant("SELECT title FROM app_notes").replace("Users", "Notes"));
		assertThat(this.project.compile().errors()).hasSize(2).allSatisfy((error) -> assertThat(error).contains("title"));
	}

	@Test
	void flywayLocationsOfTheServiceConfigurationAreFollowed() {
		this.project.resource("application.yaml", "spring:\n  flyway:\n    locations: classpath:schema/{vendor}\n")
			.resource("schema/sqlite/V1__app_notes.sql", NOTES_TABLE)
			.resource("schema/postgresql/V1__app_notes.sql", NOTES_TABLE)
			.source("fixture/Notes.java", constant("SELECT body FROM app_notes").replace("Users", "Notes"));
		assertThat(this.project.compile().diagnostics()).isEmpty();
	}

	private String newest() {
		List<SchemaVersion> versions = MigrationCatalog.load(getClass().getClassLoader()).versions();
		return versions.get(versions.size() - 1).text();
	}

	private static final String NOTES_TABLE = """
			CREATE TABLE app_notes (
			    id TEXT PRIMARY KEY,
			    user_id TEXT NOT NULL REFERENCES users(id),
			    body TEXT NOT NULL
			);
			""";

	static String constant(String sql) {
		return """
				package fixture;

				import io.pierre.schema.sql.PierreSql;

				class Users {
					@PierreSql
					static final String STATEMENT = "%s";
				}
				""".formatted(sql.replace("\"", "\\\""));
	}

}
