package io.pierre.schema.cli;

import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.SchemaMigrationException;
import io.pierre.schema.jdbc.JdbcUrls;
import io.pierre.schema.jdbc.UnsupportedDatabaseException;
import io.pierre.schema.transfer.TransferException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

import org.springframework.core.NestedExceptionUtils;

/**
 * Turns a failed command into one error message with its cause, without a stack trace or a
 * password, and exit code 1.
 */
final class FailureHandler implements IExecutionExceptionHandler {

	private final CommandContext context;

	FailureHandler(CommandContext context) {
		this.context = context;
	}

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		String message = message(ex);
		this.context.err().println("Error: " + JdbcUrls.redact(message));
		if (commandLine.getCommand() instanceof DatabaseCommand command && command.json() != null) {
			Throwable deepest = NestedExceptionUtils.getMostSpecificCause(ex);
			String cause = (deepest.getMessage() != null) ? deepest.getMessage() : deepest.toString();
			command.json().failed(message, cause.equals(message) ? null : cause).print(this.context.out());
		}
		return 1;
	}

	/**
	 * The starter's own message when there is one, since it says what to do and where a backup
	 * is; else the deepest cause's, which says more than the wrapping exceptions.
	 */
	private static String message(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SchemaMigrationException || cause instanceof InvalidSettingException
					|| cause instanceof UnsupportedDatabaseException || cause instanceof TransferException
					|| cause instanceof MissingDatabaseException) {
				return cause.getMessage();
			}
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

}
