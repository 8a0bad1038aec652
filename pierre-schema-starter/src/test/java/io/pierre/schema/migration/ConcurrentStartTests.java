package io.pierre.schema.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.testsupport.ForkedJvm;
import io.pierre.schema.testsupport.MigratingInstance;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of a service, each in a JVM of its own, starting at the same moment against
 * one database: all come up, every version is applied exactly once, and each sees the whole
 * schema when its migration returns.
 */
class ConcurrentStartTests {

	private static final int INSTANCES = 4;

	@TempDir
	Path dir;

	@Test
	void instancesStartingTogetherOnOneSqliteFileApplyEachVersionOnce() throws Exception {
		Path file = this.dir.resolve("users.db");
		String url = "jdbc:sqlite:" + file;
		// A database in service at version 13, so that the instances also race to back it up.
		try (HikariDataSource dataSource = pool(url, null, null)) {
			new PierreSchemaMigrator(dataSource,
					MigrationSettings.defaults().withTarget(SchemaVersion.of("20250120000013")),
					MigrationCatalog.load(getClass().getClassLoader()))
				.migrate();
		}
		List<Instance> instances = startTogether(url, "", "");
		assertThat(instances).allSatisfy((instance) -> assertThat(instance.exitCode).as(instance.output()).isZero());
		assertThat(instances).extracting(Instance::applied)
			.containsExactlyInAnyOrder(Migrations.versionsAfter("20250120000013"), 0, 0, 0);
		List<String> backups = instances.stream().map(Instance::backup).filter((backup) -> !backup.equals("none")).toList();
		assertThat(backups).hasSize(1);
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map((path) -> path.getFileName().toString()).filter((name) -> name.contains(".backup-")))
				.containsExactly(Path.of(backups.get(0)).getFileName().toString());
		}
		try (HikariDataSource dataSource = pool(url, null, null)) {
			assertEachVersionAppliedOnce(new JdbcTemplate(dataSource));
		}
	}

	@Test
	void instancesStartingTogetherOnOnePostgresqlDatabaseApplyEachVersionOnce() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			List<Instance> instances = startTogether(database.url(), database.username(), database.password());
			assertThat(instances).allSatisfy((instance) -> assertThat(instance.exitCode).as(instance.output()).isZero());
			assertThat(instances).extracting(Instance::applied).containsExactlyInAnyOrder(Migrations.versions().size(), 0, 0, 0);
			assertThat(instances).extracting(Instance::backup).containsOnly("none");
			assertEachVersionAppliedOnce(new JdbcTemplate(database.dataSource()));
		}
	}

	@Test
	void instancesStartingTogetherThroughPgBouncerInTransactionModeApplyEachVersionOnce() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			List<Instance> instances = startTogether(database.pgbouncerUrl(), database.username(), database.password());
			assertThat(instances).allSatisfy((instance) -> assertThat(instance.exitCode).as(instance.output()).isZero());
			assertThat(instances).extracting(Instance::applied).containsExactlyInAnyOrder(Migrations.versions().size(), 0, 0, 0);
			assertEachVersionAppliedOnce(new JdbcTemplate(database.dataSource()));
			// Flyway's session lock, taken and released in separate transactions, must not stay behind.
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
					"SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
							+ " WHERE l.locktype = 'advisory' AND d.datname = current_database()",
					Integer.class))
				.isZero();
		}
	}

	private static void assertEachVersionAppliedOnce(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForList("SELECT version FROM pierre_schema_history WHERE type = 'SQL' ORDER BY version",
				String.class))
			.hasSize(Migrations.versions().size())
			.doesNotHaveDuplicates()
			.endsWith(Migrations.newestVersion());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE NOT success", Integer.class))
			.isZero();
	}

	private List<Instance> startTogether(String url, String username, String password) throws Exception {
		Path go = this.dir.resolve("go");
		CountDownLatch ready = new CountDownLatch(INSTANCES);
		List<Instance> instances = new ArrayList<>();
		try {
			for (int i = 0; i < INSTANCES; i++) {
				instances.add(new Instance(url, username, password, go, ready));
			}
			assertThat(ready.await(2, TimeUnit.MINUTES)).as("every instance ready").isTrue();
			Files.createFile(go);
			for (Instance instance : instances) {
				instance.await();
			}
			return instances;
		}
		finally {
			instances.forEach(Instance::destroy);
		}
	}

	private static HikariDataSource pool(String url, String username, String password) {
		return new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5), "WAL")
			.create(DatabaseUrl.parse("url", url, username, password));
	}

	/** A JVM running {@link MigratingInstance}. */
	private static final class Instance {

		private final Process process;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private final Thread reader;

		private int exitCode = -1;

		Instance(String url, String username, String password, Path go, CountDownLatch ready) throws IOException {
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					ForkedJvm.NATIVE_ACCESS, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
					MigratingInstance.class.getName(), url, username, password, go.toString());
			this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
			this.reader = new Thread(() -> read(ready));
			this.reader.start();
		}

		private void read(CountDownLatch ready) {
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = output.readLine()) != null) {
					this.lines.add(line);
					if (line.equals("READY")) {
						ready.countDown();
					}
				}
			}
			catch (IOException ex) {
				this.lines.add("(output lost: " + ex + ")");
			}
		}

		void await() throws InterruptedException {
			assertThat(this.process.waitFor(3, TimeUnit.MINUTES)).as("instance finished").isTrue();
			this.reader.join(TimeUnit.SECONDS.toMillis(10));
			this.exitCode = this.process.exitValue();
		}

		void destroy() {
			this.process.destroyForcibly();
		}

		int applied() {
			return Integer.parseInt(value("APPLIED "));
		}

		String backup() {
			return value("BACKUP ");
		}

		private String value(String prefix) {
			return this.lines.stream()
				.filter((line) -> line.startsWith(prefix))
				.map((line) -> line.substring(prefix.length()))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No " + prefix.trim() + " in\n" + output()));
		}

		String output() {
			return String.join("\n", this.lines);
		}

	}

}
