package io.pierre.schema.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: with no command, its usage and exit code 2.
 */
@Command(name = "java -jar <service>.jar", synopsisSubcommandLabel = "COMMAND",
		description = "Manages the service's Pierre schema without starting the service.",
		footer = { "", "Exit codes: 0 success, 1 the command failed, 2 usage error.",
				"The database is --database-url, else the DATABASE_URL environment variable;",
				"any pierre.database.* property may be given as --pierre.database.<name>=<value>." })
final class SchemaCommands implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Override
	public Integer call() {
		this.spec.commandLine().getErr().println("Missing command");
		this.spec.commandLine().usage(this.spec.commandLine().getErr());
		return UsageErrorHandler.USAGE_ERROR;
	}

}
