package io.pierre.schema.cli;

import java.io.PrintWriter;

import io.pierre.schema.jdbc.JdbcUrls;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * A usage error: what was wrong, the nearest command or option when one was mistyped, then the
 * usage of the command at hand, all on the error stream, and exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

	static final int USAGE_ERROR = 2;

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		boolean unknownCommand = ex instanceof UnmatchedArgumentException && commandLine.getParent() == null
				&& args.length > 0;
		err.println(unknownCommand ? "Unknown command: '" + args[0] + "'" : JdbcUrls.redact(ex.getMessage()));
		UnmatchedArgumentException.printSuggestions(ex, err);
		commandLine.usage(err);
		return USAGE_ERROR;
	}

}
