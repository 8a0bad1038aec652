package io.pierre.sample.cli;

import java.io.PrintStream;

import io.pierre.sample.PierreSampleApplication;
import io.pierre.schema.PierreSchemaException;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * Runs one schema command ({@code migrate}, {@code info}, {@code validate} or {@code repair}) in a
 * context without a web server, or {@code transfer} between two databases, prints its outcome and
 * returns the exit code: 0 on success, 1 on failure.
 */
public final class SchemaCommandLine {

	private static final String TRANSFER = "transfer";

	private final PrintStream out;

	private final PrintStream err;

	public SchemaCommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Whether the arguments start with a schema command.
	 * @param args the command line
	 * @return whether the first argument is a command
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && (TRANSFER.equals(args[0]) || SchemaCommand.of(args[0]).isPresent());
	}

	/**
	 * Runs the command that the first argument names; the rest are Spring Boot arguments, such
	 * as {@code --pierre.database.url=...}.
	 * @param args the command line
	 * @return the exit code
	 */
	public int run(String[] args) {
		if (TRANSFER.equals(args[0])) {
			return transfer(args);
		}
		SchemaCommand command = SchemaCommand.of(args[0])
			.orElseThrow(() -> new IllegalArgumentException("Unknown command " + args[0]));
		// The context starts with the startup migration off: the command is what runs.
		SpringApplicationBuilder builder = new SpringApplicationBuilder(PierreSampleApplication.class)
			.web(WebApplicationType.NONE)
			.properties("pierre.database.mode=none", "spring.main.banner-mode=off",
					"spring.main.log-startup-info=false", "logging.level.root=warn");
		try (ConfigurableApplicationContext context = builder.run(args)) {
			command.run(context.getBean(PierreSchemaMigrator.class), this.out);
			return 0;
		}
		catch (RuntimeException ex) {
			this.err.println("Error: " + message(ex));
			return 1;
		}
	}

	private int transfer(String[] args) {
		// No application context: both databases come from the command line.
		try {
			new TransferCommand(this.out).run(args);
			return 0;
		}
		catch (RuntimeException ex) {
			this.err.println("Error: " + message(ex));
			return 1;
		}
	}

	/**
	 * The starter's own message when there is one, since it says what to do and where a backup
	 * is; else the deepest cause's, which says more than the context's wrapping exceptions.
	 */
	private static String message(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PierreSchemaException) {
				return cause.getMessage();
			}
		}
		return NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
	}

}
