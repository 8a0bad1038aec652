package io.pierre.schema.cli;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each command on PostgreSQL, run as a process, with a password in the URL that nothing prints.
 */
class PostgresqlCommandsTests {

	@TempDir
	Path dir;

	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	/** The role's own: the server checks it, so a command that dropped or mangled it would fail. */
	private final String password = this.database.checkedPassword();

	private final List<Result> results = new ArrayList<>();

	@Test
	void eachCommandWithItsExitCodeAndNoPasswordInAnyOutput() {
		String url = urlWithPassword();
		Result validateFresh = run(Map.of(), "validate", "--database-url", url);
		assertThat(validateFresh.exitCode()).isEqualTo(1);
		assertThat(validateFresh.err()).startsWith("Error: Pierre schema validation failed: " + Migrations.versions().size()
				+ " pending (20250120000001, ");
		Result migrate = run(Map.of("DATABASE_URL", url), "migrate", "--target-version", "20250120000002");
		assertThat(migrate.exitCode()).isZero();
		assertThat(migrate.out()).contains("20250120000001 users schema: started")
			.containsPattern("20250120000002 api keys schema: done in \\d+ ms")
			.contains("applied 2 migrations")
			.contains("(PostgreSQL ");
		Result rest = run(Map.of("DATABASE_URL", url), "run");
		assertThat(rest.exitCode()).isZero();
		assertThat(rest.out()).contains("applied " + (Migrations.versions().size() - 2) + " migrations").contains("now at " + Migrations.newestVersion());
		Result info = run(Map.of(), "info", "-D", url);
		assertThat(info.exitCode()).isZero();
		assertThat(info.out().lines().filter((line) -> line.matches("\\d{14}/applied .+"))).hasSize(Migrations.versions().size());
		Result validate = run(Map.of(), "validate", "-D", url);
		assertThat(validate.exitCode()).isZero();
		assertThat(validate.out()).startsWith("Pierre schema: valid at " + Migrations.newestVersion() + " (PostgreSQL ");
		Result repair = run(Map.of(), "repair", "--pierre.database.url=" + url);
		assertThat(repair.exitCode()).isZero();
		assertThat(repair.out()).startsWith("Pierre schema: nothing to repair (PostgreSQL ");
		assertNoPasswordPrinted();
	}

	@Test
	void failuresSayWhyInOneLineWithoutThePassword() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Result unreachable = run(Map.of(), "migrate", "-D",
					"postgres://postgres:" + this.password + "@127.0.0.1:" + silent.getLocalPort() + "/pierre",
					"--pierre.database.connect-timeout=1s");
			assertThat(unreachable.exitCode()).isEqualTo(1);
			assertThat(unreachable.err()).startsWith("Error: Could not connect to the Pierre database: ")
				.hasLineCount(1);
		}
		Result malformed = run(Map.of(), "info", "-D", "postgres://postgres:" + this.password + "@bad host/pierre");
		assertThat(malformed.exitCode()).isEqualTo(1);
		assertThat(malformed.err())
			.startsWith("Error: pierre.database.url 'postgres://postgres:****@bad host/pierre' is not a valid database URL");
		Result schema = run(Map.of("PIERRE_DATABASE_PASSWORD", this.password), "migrate", "-D", this.database.url(),
				"--pierre.database.username=postgres", "--pierre.database.schema=pierre; DROP SCHEMA public");
		assertThat(schema.exitCode()).isEqualTo(1);
		assertThat(schema.err()).startsWith("Error: pierre.database.schema 'pierre; DROP SCHEMA public' is not a plain SQL identifier");
		Result property = run(Map.of(), "info", "-D", this.database.url(), "--pierre.database.password=" + this.password,
				"--pierre.database.bogus=" + this.password);
		assertThat(property.exitCode()).isEqualTo(2);
		assertThat(new JdbcTemplate(this.database.dataSource()).queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
				String.class))
			.isEmpty();
		assertNoPasswordPrinted();
	}

	private void assertNoPasswordPrinted() {
		assertThat(this.results).isNotEmpty().allSatisfy((result) -> assertThat(result.all()).doesNotContain(this.password));
	}

	private String urlWithPassword() {
		return "postgres://" + this.database.username() + ":" + this.password + "@"
				+ this.database.url().substring("jdbc:postgresql://".length());
	}

	private Result run(Map<String, String> environment, String... args) {
		Result result = new ServiceProcess(this.dir, environment).run(args);
		this.results.add(result);
		return result;
	}

}
