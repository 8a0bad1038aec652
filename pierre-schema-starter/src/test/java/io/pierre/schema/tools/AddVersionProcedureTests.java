package io.pierre.schema.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.MigrationIndexWriter;
import io.pierre.schema.flyway.FlywayMigrationRunner;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.inspect.SchemaComparator;
import io.pierre.schema.inspect.SchemaInspector;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.revert.VersionDrops;
import io.pierre.schema.revert.VersionReverter;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.TestPrerequisites;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure for adding a version, on a scratch copy of the starter's scripts:
 * {@code scripts/add-version.sh new} creates the up and down scripts with the next timestamp;
 * once they are written, the expected schema is generated from a live migration (as
 * {@code finish} does), the new version's drops are derived from it, and its down script
 * reverts a migrated database to the schema before.
 */
class AddVersionProcedureTests {

	private static final Path SCRIPT = Path.of("..", "scripts", "add-version.sh");

	private static final Path RESOURCES = Path.of("src", "main", "resources", "db", "pierre");

	@TempDir
	Path dir;

	@Test
	void addedVersionGetsItsFilesAndExpectedSchemaAndReverts() throws Exception {
		TestPrerequisites.requireCommand("bash");
		Path root = this.dir.resolve("resources");
		Path pierre = root.resolve("db/pierre");
		FileSystemUtils.copyRecursively(RESOURCES, pierre);
		String newest = Migrations.newestVersion();

		List<String> created = run("new", "scratch notes");

		assertThat(created).hasSize(2);
		Path up = Path.of(created.get(0));
		Path down = Path.of(created.get(1));
		String version = up.getFileName().toString().substring(1, up.getFileName().toString().indexOf("__"));
		assertThat(version).hasSize(14).isGreaterThan(newest);
		assertThat(up).isEqualTo(pierre.resolve("migration/common/V" + version + "__scratch_notes.sql").toAbsolutePath());
		assertThat(down).isEqualTo(pierre.resolve("revert/common/U" + version + "__scratch_notes.sql").toAbsolutePath());
		append(up, "CREATE TABLE scratch_notes (id TEXT NOT NULL PRIMARY KEY,"
				+ " user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE, body TEXT);\n"
				+ "CREATE INDEX idx_scratch_notes_user ON scratch_notes (user_id);\n"
				+ "ALTER TABLE users ADD COLUMN nickname TEXT;\n");
		append(down, "DROP TABLE scratch_notes;\nALTER TABLE users DROP COLUMN nickname;\n");

		ScratchResources scripts = new ScratchResources(root, getClass().getClassLoader());
		List<String> written = new ExpectedSchemaGenerator(scripts)
			.writeMissing(TestSqlite.dataSource(this.dir.resolve("generate.db")), pierre.resolve("expected"));
		assertThat(written).containsExactly(version);
		// What the build does for the jar: the catalog's index of the scripts.
		MigrationIndexWriter.main(new String[] { root.toString() });
		MigrationCatalog catalog = MigrationCatalog.load(scripts);
		NormalizedSchema generated = catalog.expectedSchema(version);
		assertThat(generated.table("scratch_notes").indexes()).containsKey("idx_scratch_notes_user");
		assertThat(generated.table("users").columns()).containsKey("nickname");
		VersionDrops drops = VersionDrops.of(catalog, version);
		assertThat(drops.tables()).containsExactly("scratch_notes");
		assertThat(drops.columns()).containsOnlyKeys("users").containsEntry("users", List.of("nickname"));

		DataSource dataSource = TestSqlite.dataSource(this.dir.resolve("revert.db"));
		new FlywayMigrationRunner(HistoryTable.defaults(), null, scripts).migrate(dataSource, DatabaseKind.SQLITE);
		new VersionReverter(catalog, HistoryTable.DEFAULT_NAME, null).revert(dataSource,
				DatabaseKind.SQLITE, new VersionReverter.Step(version, "scratch notes"), false);
		assertThat(SchemaComparator.compare(Migrations.newestSchema(), new SchemaInspector(Migrations.inspectionOptions()).inspect(dataSource)))
			.isEmpty();
		assertThat(Migrations.history(dataSource)).isEqualTo(Migrations.cleanHistoryUpTo(newest));
	}

	private List<String> run(String... arguments) throws IOException, InterruptedException {
		List<String> command = Stream.concat(Stream.of("bash", SCRIPT.toString()), Stream.of(arguments)).toList();
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("PIERRE_SCHEMA_RESOURCES", this.dir.resolve("resources/db/pierre").toAbsolutePath().toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as("exit code of %s; output %s", command, output).isZero();
		return output.lines().toList();
	}

	private static void append(Path file, String sql) throws IOException {
		Files.writeString(file, sql, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

}
