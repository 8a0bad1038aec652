package io.pierre.schema.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;

import org.springframework.boot.logging.LoggingSystem;

/**
 * The schema commands of a service built on the Pierre schema starter: {@code migrate}
 * ({@code run}), {@code info}, {@code validate}, {@code revert}, {@code repair} and
 * {@code transfer}, run without starting the service. A service's {@code main} hands its
 * arguments over in one line:
 * <pre>{@code
 * if (PierreSchemaCommandLine.isCommand(args)) System.exit(PierreSchemaCommandLine.run(args));
 * }</pre>
 * Exit codes: 0 on success, 1 when the command failed, 2 for a usage error.
 */
public final class PierreSchemaCommandLine {

	private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help");

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	/**
	 * Creates a command line.
	 * @param out where results and usage go
	 * @param err where errors and usage errors go
	 * @param environment the environment variables, for {@code DATABASE_URL} and
	 * {@code PIERRE_DATABASE_*}
	 */
	public PierreSchemaCommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = Map.copyOf(environment);
	}

	/**
	 * Whether the arguments are for the command line rather than the service: the first is a
	 * word, such as a command or a mistyped one, or a help option. A service's own arguments
	 * are options ({@code --server.port=8081}).
	 * @param args the service's arguments
	 * @return whether the command line should take them
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (!args[0].startsWith("-") || HELP_OPTIONS.contains(args[0]));
	}

	/**
	 * Runs a command in a JVM of its own ({@code java -cp ... PierreSchemaCommandLine migrate}),
	 * as this project's build does to migrate the database that its jOOQ classes are generated
	 * from, and exits with the command's code.
	 * @param args the command and its options
	 */
	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs a command with the process's console and environment, with logging off so that
	 * only the command's own lines are printed.
	 * @param args the command and its options
	 * @return the exit code
	 */
	public static int run(String[] args) {
		LoggingSystem.get(PierreSchemaCommandLine.class.getClassLoader()).beforeInitialize();
		return new PierreSchemaCommandLine(System.out, System.err, System.getenv()).execute(args);
	}

	/**
	 * Runs a command.
	 * @param args the command and its options
	 * @return the exit code: 0 on success, 1 when the command failed, 2 for a usage error
	 */
	public int execute(String... args) {
		PrintWriter outWriter = writer(this.out);
		PrintWriter errWriter = writer(this.err);
		ClassLoader classLoader = PierreSchemaCommandLine.class.getClassLoader();
		CommandContext context = new CommandContext(outWriter, errWriter, this.environment, classLoader,
				ServiceEnvironment.startPreparing(List.of(args), this.environment, classLoader));
		CommandLine commandLine = new CommandLine(new SchemaCommands())
			.addSubcommand(new CommandLine.HelpCommand())
			.addSubcommand(new MigrateCommand(context))
			.addSubcommand(new InfoCommand(context))
			.addSubcommand(new ValidateCommand(context))
			.addSubcommand(new RevertCommand(context))
			.addSubcommand(new RepairCommand(context))
			.addSubcommand(new TransferCommand(context))
			.setOut(outWriter)
			.setErr(errWriter)
			.setParameterExceptionHandler(new UsageErrorHandler())
			.setExecutionExceptionHandler(new FailureHandler(context));
		try {
			return commandLine.execute(args);
		}
		finally {
			outWriter.flush();
			errWriter.flush();
		}
	}

	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(stream, true);
	}

}
