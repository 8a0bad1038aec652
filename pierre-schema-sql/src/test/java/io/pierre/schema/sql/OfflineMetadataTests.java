package io.pierre.schema.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL offline: a prepare run (online) writes the metadata, then compilations without a
 * server use it, and check mode holds it to the statements and the schema version.
 */
class OfflineMetadataTests {

	private static final String FIND_USER = "SELECT id, email FROM users WHERE id = ?";

	@TempDir
	Path folder;

	@RegisterExtension
	static final KeptDatabases POSTGRES = new KeptDatabases();

	private FixtureProject project;

	@BeforeEach
	void project() {
		this.project = new FixtureProject(this.folder).option(SqlCheckOptions.METADATA, this.folder.resolve("pierre-sql").toString());
	}

	@Test
	void prepareRunWritesMetadataThatAnOfflineCompilationUses() throws Exception {
		this.project.source("fixture/Users.java", OnlineChecksTests.constant(FIND_USER));
		assertThat(prepare().success()).isTrue();
		Path file = single(metadataFiles());
		assertThat(Files.readString(file)).contains("\"schemaVersion\" : \"" + newest() + "\"")
			.contains("\"parameters\" : 1")
			.contains("\"name\" : \"email\"")
			.contains("\"type\" : \"text\"");
		this.project.offline().withoutOption(SqlCheckOptions.MODE);
		assertThat(this.project.compile().diagnostics()).isEmpty();
		this.project.option(SqlCheckOptions.MODE, "check");
		assertThat(this.project.compile().diagnostics()).isEmpty();
	}

	@Test
	void offlineStatementWithoutMetadataFailsNamingThePrepareStep() {
		this.project.source("fixture/Users.java", OnlineChecksTests.constant(FIND_USER));
		FixtureProject.Compilation compilation = this.project.compile();
		assertThat(compilation.placedErrors()).singleElement()
			.asString()
			.startsWith("Users.java:7: SQL has no PostgreSQL metadata in ")
			.contains("compile once with -Apierre.sql.mode=prepare and a PostgreSQL server in PIERRE_SQL_POSTGRES_URL");
	}

	@Test
	void offlineCompilationReportsTheRecordedPostgresqlError() {
		this.project.source("fixture/Users.java", OnlineChecksTests.constant("SELECT id FROM users WHERE is_admin = true"));
		assertThat(prepare().errors()).singleElement().asString().contains("operator does not exist");
		assertThat(metadataFiles()).hasSize(1);
		FixtureProject.Compilation offline = this.project.offline().withoutOption(SqlCheckOptions.MODE).compile();
		assertThat(offline.errors()).singleElement()
			.asString()
			.startsWith("SQL does not prepare on PostgreSQL: ERROR: operator does not exist")
			.contains("(from query-");
	}

	@Test
	void checkModeFailsOnMetadataOfAnotherSchemaVersion() {
		this.project.source("fixture/Users.java", OnlineChecksTests.constant("SELECT id FROM users"));
		String first = versions().get(0).text();
		assertThat(prepareProject().option(SqlCheckOptions.TARGET, first).compile().success()).isTrue();
		this.project.offline().withoutOption(SqlCheckOptions.TARGET);
		FixtureProject.Compilation verify = this.project.withoutOption(SqlCheckOptions.MODE).compile();
		assertThat(verify.success()).isTrue();
		assertThat(verify.warnings()).singleElement().asString().contains("was prepared at Pierre schema " + first);
		FixtureProject.Compilation check = this.project.option(SqlCheckOptions.MODE, "check").compile();
		assertThat(check.errors()).singleElement()
			.asString()
			.contains("was prepared at Pierre schema " + first + ", not at the checked Pierre schema " + newest())
			.contains("to prepare it again, compile once with -Apierre.sql.mode=prepare");
	}

	@Test
	void checkModeFailsOnUnusedMetadataThatAPrepareRunRemoves() {
		this.project.source("fixture/Users.java", OnlineChecksTests.constant(FIND_USER))
			.source("fixture/Emails.java", OnlineChecksTests.constant("SELECT email FROM users").replace("Users", "Emails"));
		assertThat(prepare().success()).isTrue();
		assertThat(metadataFiles()).hasSize(2);
		this.project.source("fixture/Emails.java", "package fixture;\n\nclass Emails {\n}\n");
		FixtureProject.Compilation check = this.project.offline().option(SqlCheckOptions.MODE, "check").compile();
		assertThat(check.errors()).singleElement()
			.asString()
			.contains("belongs to no statement of this compilation");
		assertThat(prepare().success()).isTrue();
		assertThat(metadataFiles()).hasSize(1);
		assertThat(this.project.offline().option(SqlCheckOptions.MODE, "check").compile().diagnostics()).isEmpty();
	}

	private FixtureProject.Compilation prepare() {
		return prepareProject().compile();
	}

	private FixtureProject prepareProject() {
		return this.project.online(POSTGRES.server(), POSTGRES.prefix()).option(SqlCheckOptions.MODE, "prepare");
	}

	private List<Path> metadataFiles() {
		try (Stream<Path> files = Files.list(this.folder.resolve("pierre-sql"))) {
			return files.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path single(List<Path> files) {
		assertThat(files).hasSize(1);
		return files.get(0);
	}

	private List<SchemaVersion> versions() {
		return MigrationCatalog.load(getClass().getClassLoader()).versions();
	}

	private String newest() {
		List<SchemaVersion> versions = versions();
		return versions.get(versions.size() - 1).text();
	}

}
