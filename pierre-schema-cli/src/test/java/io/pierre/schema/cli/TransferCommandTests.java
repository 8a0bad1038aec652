package io.pierre.schema.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.inspect.ReferenceRow;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code transfer} from a SQLite file into PostgreSQL, given the original server's URL forms, run
 * as a process: only its own lines, no log line, no password.
 */
class TransferCommandTests {

	@TempDir
	Path dir;

	@Test
	void copiesASqliteDatabaseIntoPostgresqlThenRefusesATargetWithRows() {
		Path file = this.dir.resolve("source.db");
		assertThat(run("migrate", "-D", "sqlite:" + file).exitCode()).isZero();
		TestSqlite.execute(file, "INSERT INTO users (id, email, password_hash, created_at, last_active) "
				+ "VALUES ('u1', 'u1@example.com', 'hash', '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			String target = "postgres://" + database.username() + ":" + database.checkedPassword() + "@"
					+ database.url().substring("jdbc:postgresql://".length());
			Result transfer = run("transfer", "--from", "sqlite:" + file, "--to", target);
			assertThat(transfer.exitCode()).as(transfer.err()).isZero();
			Map<String, List<ReferenceRow>> seeded = Migrations.newestSchema().rows();
			int seededRows = seeded.values().stream().mapToInt(List::size).sum();
			assertThat(transfer.out()).contains("  users: 1")
				.contains("  admin_config_categories: " + seeded.get("admin_config_categories").size())
				.contains("Pierre schema: transferred " + (1 + seededRows) + " rows of "
						+ Migrations.newestSchema().tables().size() + " tables in ");
			// The source was up to date; the target, empty, got every version before any row.
			assertThat(transfer.out()).contains("The source: Pierre schema: up to date at " + Migrations.newestVersion())
				.contains("The target: Pierre schema: applied " + Migrations.versions().size() + " migrations");
			assertThat(transfer.out().lines()).allMatch((line) -> line.startsWith("  ") || line.startsWith("Pierre schema: ")
					|| line.startsWith("The source: ") || line.startsWith("The target: "));
			assertThat(transfer.err()).isEmpty();
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT email FROM users", String.class))
				.isEqualTo("u1@example.com");
			Result again = run("transfer", "--from=sqlite:" + file, "--to=" + target);
			assertThat(again.exitCode()).isEqualTo(1);
			assertThat(again.err()).startsWith("Error: ").contains("The target already holds rows in [users]");
			assertThat(transfer.all() + again.all()).doesNotContain(database.checkedPassword());
		}
	}

	private Result run(String... args) {
		return new ServiceProcess(this.dir, Map.of()).run(args);
	}

}
