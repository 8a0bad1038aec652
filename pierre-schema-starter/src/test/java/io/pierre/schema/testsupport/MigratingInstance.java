package io.pierre.schema.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One instance of a service starting against a shared database, run in a JVM of its own by the
 * concurrency tests: makes its pool and migrator as the starter does, says {@code READY}, waits
 * for the go file so that every instance migrates at the same moment, migrates, then checks that
 * the schema it sees is complete.
 * <p>
 * Arguments: the database URL, the user, the password (empty for none), the go file. Prints
 * {@code APPLIED <n>} and {@code BACKUP <path or none>}; exits 0 when the schema is complete.
 */
public final class MigratingInstance {

	private static final int PIERRE_TABLES = Migrations.newestSchema().tables().size();

	private MigratingInstance() {
	}

	public static void main(String[] args) throws Exception {
		String password = args[2].isEmpty() ? null : args[2];
		DatabaseUrl url = DatabaseUrl.parse("pierre.database.url", args[0], args[1].isEmpty() ? null : args[1], password);
		ClassLoader classLoader = MigratingInstance.class.getClassLoader();
		// The starter's defaults: a 10 s connect timeout, a 5 s SQLite busy timeout, WAL.
		try (HikariDataSource dataSource = new PierreDataSourceFactory(Duration.ofSeconds(10), Duration.ofSeconds(5),
				"WAL")
			.create(url)) {
			PierreSchemaMigrator migrator = new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(),
					MigrationCatalog.load(classLoader));
			System.out.println("READY");
			Path go = Path.of(args[3]);
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!Files.exists(go)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("No go file " + go);
				}
				Thread.sleep(5);
			}
			MigrationReport report = migrator.migrate();
			SchemaStatus status = migrator.validate();
			int tables = tables(new JdbcTemplate(dataSource), status.database());
			if (tables != PIERRE_TABLES + 1) {
				throw new IllegalStateException("Saw " + tables + " tables after migrating, not " + (PIERRE_TABLES + 1));
			}
			System.out.println("APPLIED " + report.applied());
			System.out.println("BACKUP " + report.backupFile().map(Path::toString).orElse("none"));
		}
		catch (Throwable ex) {
			ex.printStackTrace(System.out);
			System.out.flush();
			System.exit(1);
		}
		System.exit(0);
	}

	private static int tables(JdbcTemplate jdbc, DatabaseKind kind) {
		List<String> names = (kind == DatabaseKind.SQLITE)
				? jdbc.queryForList("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'",
						String.class)
				: jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
						String.class);
		return names.size();
	}

}
