package io.pierre.schema.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/schema.md} is the schema of a migrated database: this test migrates one version at a
 * time, notes which tables each version created, draws them, and fails when the file differs.
 * With {@code -Dpierre.docs.update=true} it writes the file instead.
 */
class SchemaDocumentationTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "schema.md");

	@TempDir
	Path dir;

	@Test
	void schemaDocumentIsUpToDate() throws Exception {
		ClassLoader classLoader = getClass().getClassLoader();
		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("docs.db"));
		List<CatalogEntry> versions = MigrationCatalog.load(classLoader).entries(DatabaseKind.SQLITE);
		Map<String, List<String>> tablesByVersion = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		NormalizedSchema schema = null;
		for (CatalogEntry version : versions) {
			new FlywayMigrationRunner(HistoryTable.defaults(), version.version(), classLoader)
				.migrate(dataSource, DatabaseKind.SQLITE);
			schema = new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource);
			List<String> created = new ArrayList<>(schema.tables().keySet());
			created.removeAll(seen);
			seen.addAll(created);
			tablesByVersion.put(version.version().text(), created);
		}
		String expected = new SchemaDiagramWriter().write(schema, tablesByVersion,
				versions.get(versions.size() - 1).version().text());
		if (Boolean.getBoolean("pierre.docs.update")) {
			Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
		}
		assertThat(DOCUMENT).as("docs/schema.md is out of date: run this test with -Dpierre.docs.update=true")
			.exists();
		assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
			.as("docs/schema.md is out of date: run this test with -Dpierre.docs.update=true")
			.isEqualTo(expected);
		assertThat(seen).hasSameSizeAs(schema.tables().keySet());
		assertThat(expected).contains("erDiagram").doesNotContain("## Version ");
	}

}
