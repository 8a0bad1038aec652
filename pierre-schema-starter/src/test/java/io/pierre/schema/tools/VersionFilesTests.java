package io.pierre.schema.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.ExpectedSchemaReader;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.revert.RevertScripts;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every version stays reversible and checked: the build fails when a version lacks a down script
 * (for either database) or an expected schema, or a down script has no version. With
 * {@code -Dpierre.expected.update=true} (what {@code scripts/add-version.sh finish} runs) the
 * missing expected schemas are first generated from a live migration.
 */
class VersionFilesTests {

	private static final Path EXPECTED_SOURCES = Path.of("src", "main", "resources", MigrationCatalog.EXPECTED_SCHEMAS);

	@TempDir
	Path dir;

	@Test
	void everyVersionHasADownScriptAndAnExpectedSchema() throws SQLException {
		ClassLoader classLoader = getClass().getClassLoader();
		if (Boolean.getBoolean("pierre.expected.update")) {
			List<String> written = new ExpectedSchemaGenerator(classLoader)
				.writeMissing(TestSqlite.dataSource(this.dir.resolve("generate.db")), EXPECTED_SOURCES);
			System.out.println("Expected schemas written: " + written);
		}
		MigrationCatalog catalog = MigrationCatalog.load(classLoader);
		RevertScripts scripts = new RevertScripts(classLoader);
		List<String> missing = new ArrayList<>();
		for (DatabaseKind kind : DatabaseKind.values()) {
			for (CatalogEntry entry : catalog.entries(kind)) {
				String version = entry.version().text();
				if (scripts.find(kind, version, entry.description()).isEmpty()) {
					missing.add(kind.id() + ": no down script " + RevertScripts.fileName(version, entry.description()));
				}
				if (classLoader.getResource(MigrationCatalog.EXPECTED_SCHEMAS + "/" + version + ".json") == null
						&& !EXPECTED_SOURCES.resolve(version + ".json").toFile().exists()) {
					missing.add(kind.id() + ": no expected schema " + version + ".json");
				}
			}
		}
		assertThat(missing).as("Write the down scripts in %s, then run scripts/add-version.sh finish", RevertScripts.ROOT)
			.isEmpty();
	}

	@Test
	void everyDownScriptBelongsToAVersion() throws IOException {
		ClassLoader classLoader = getClass().getClassLoader();
		MigrationCatalog catalog = MigrationCatalog.load(classLoader);
		List<String> known = new ArrayList<>();
		for (DatabaseKind kind : DatabaseKind.values()) {
			catalog.entries(kind)
				.forEach((entry) -> known.add(RevertScripts.fileName(entry.version().text(), entry.description())));
		}
		Resource[] downScripts = new PathMatchingResourcePatternResolver(classLoader)
			.getResources("classpath*:" + RevertScripts.ROOT + "/*/*.sql");
		assertThat(downScripts).isNotEmpty();
		for (Resource script : downScripts) {
			assertThat(known).as("the version of %s", script.getFilename()).contains(script.getFilename());
		}
	}

	@Test
	void generatedSchemasEqualTheExpectedOnes() throws SQLException {
		ClassLoader classLoader = getClass().getClassLoader();
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("live.db"));
		for (String version : Migrations.versions()) {
			new FlywayMigrationRunner(HistoryTable.defaults(), SchemaVersion.of(version), classLoader).migrate(dataSource,
					DatabaseKind.SQLITE);
			String json = new ExpectedSchemaWriter().write(ExpectedSchemaGenerator.liveSchema(dataSource));
			assertThat(ExpectedSchemaReader.parse(new ByteArrayInputStream(
					json.getBytes(StandardCharsets.UTF_8))))
				.as("the schema generated at %s", version)
				.isEqualTo(Migrations.expected(version));
		}
	}

}
