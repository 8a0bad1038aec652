package io.pierre.schema.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage text, and usage errors with exit code 2, from a service's main run as a process: none of
 * them starts the service.
 */
class CommandLineUsageTests {

	@TempDir
	Path dir;

	@Test
	void theCommandLineTakesWordsAndHelpOptionsNotTheServicesOptions() {
		assertThat(PierreSchemaCommandLine.isCommand(new String[] { "migrate" })).isTrue();
		assertThat(PierreSchemaCommandLine.isCommand(new String[] { "inof" })).isTrue();
		assertThat(PierreSchemaCommandLine.isCommand(new String[] { "--help" })).isTrue();
		assertThat(PierreSchemaCommandLine.isCommand(new String[] { "-h" })).isTrue();
		assertThat(PierreSchemaCommandLine.isCommand(new String[] { "--server.port=0" })).isFalse();
		assertThat(PierreSchemaCommandLine.isCommand(new String[0])).isFalse();
		assertThat(run("--server.port=0").out()).contains(TestService.STARTED);
	}

	@Test
	void helpListsTheCommandsAndExitsZero() {
		for (String[] help : new String[][] { { "--help" }, { "help" } }) {
			Result result = run(help);
			assertThat(result.exitCode()).isZero();
			assertThat(result.out()).contains("Usage: java -jar <service>.jar [-h] COMMAND")
				.contains("migrate, run")
				.contains("info")
				.contains("validate")
				.contains("revert")
				.contains("repair")
				.contains("transfer")
				.contains("Exit codes: 0 success, 1 the command failed, 2 usage error.")
				.doesNotContain(TestService.STARTED);
			assertThat(result.err()).isEmpty();
		}
	}

	@Test
	void eachCommandHasItsUsage() {
		Result help = run("help", "migrate");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("Usage: java -jar <service>.jar migrate")
			.contains("--target-version=VERSION")
			.contains("--dry-run")
			.contains("-D, --database-url=URL")
			.contains("DATABASE_URL");
		Result option = run("transfer", "--help");
		assertThat(option.exitCode()).isZero();
		assertThat(option.out()).contains("Usage: java -jar <service>.jar transfer [-h] --from=URL --to=URL");
		Result revert = run("revert", "--help");
		assertThat(revert.exitCode()).isZero();
		assertThat(revert.out()).contains("--target-version=VERSION").contains("--dry-run").contains("--discard-data");
		Result alias = run("run", "--help");
		assertThat(alias.exitCode()).isZero();
		assertThat(alias.out()).contains("--target-version=VERSION");
	}

	@Test
	void mistypedCommandGetsTheNearestOneAndTheUsageWithExitCodeTwo() {
		Result result = run("inof", "--pierre.database.url=sqlite:./users.db");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("Unknown command: 'inof'")
			.contains("Did you mean: java -jar <service>.jar info?")
			.contains("Usage: java -jar <service>.jar [-h] COMMAND");
		assertThat(result.out()).isEmpty();
		assertThat(this.dir).isEmptyDirectory();
	}

	@Test
	void unknownOptionsAndPropertiesGetTheCommandsUsageWithExitCodeTwo() {
		Result option = run("migrate", "--bogus", "-D", "sqlite:./users.db");
		assertThat(option.exitCode()).isEqualTo(2);
		assertThat(option.err()).startsWith("Unknown option: '--bogus'")
			.contains("Usage: java -jar <service>.jar migrate");
		Result property = run("migrate", "--pierre.database.targt=20250120000010", "-D", "sqlite:./users.db");
		assertThat(property.exitCode()).isEqualTo(2);
		assertThat(property.err())
			.startsWith("Unknown option: --pierre.database.targt (not a pierre.database property)")
			.contains("Usage: java -jar <service>.jar migrate");
		Result argument = run("info", "extra", "-D", "sqlite:./users.db");
		assertThat(argument.exitCode()).isEqualTo(2);
		assertThat(argument.err()).startsWith("Unexpected argument: 'extra'");
		Result revert = run("revert", "--bogus");
		assertThat(revert.exitCode()).isEqualTo(2);
		assertThat(revert.err()).contains("Usage: java -jar <service>.jar revert");
		for (Result result : new Result[] { option, property, argument, revert }) {
			assertThat(result.out()).isEmpty();
		}
		assertThat(this.dir).isEmptyDirectory();
	}

	@Test
	void transferWithoutArgumentsGetsItsUsageWithExitCodeTwo() {
		Result result = run("transfer");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("Missing required options: '--from=URL', '--to=URL'")
			.contains("Usage: java -jar <service>.jar transfer [-h] --from=URL --to=URL");
		assertThat(result.out()).isEmpty();
	}

	@Test
	void noDatabaseIsAUsageError() {
		Result result = run("info");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith(
				"No database: give --database-url <URL>, set the DATABASE_URL environment variable, "
						+ "or configure pierre.database.url or spring.datasource.url for the service")
			.contains("Usage: java -jar <service>.jar info");
		Result twice = run("info", "-D", "sqlite:./a.db", "--pierre.database.url=sqlite:./b.db");
		assertThat(twice.exitCode()).isEqualTo(2);
		assertThat(twice.err()).startsWith("--database-url and --pierre.database.url disagree; give one of them");
	}

	@Test
	void noCommandGetsTheUsageWithExitCodeTwo() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = new PierreSchemaCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())
			.execute();
		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Missing command")
			.contains("Usage: java -jar <service>.jar [-h] COMMAND");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private Result run(String... args) {
		return new ServiceProcess(this.dir, Map.of()).run(args);
	}

}
