package io.pierre.schema.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import io.pierre.schema.jdbc.JdbcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * A command on one database: its {@code pierre.database.*} properties from {@code --database-url},
 * {@code --pierre.database.*}, {@code DATABASE_URL} and the service's own configuration, which
 * {@code --spring.*} arguments such as {@code --spring.profiles.active} steer. Anything else on
 * the command line is a usage error.
 */
@Command(footer = { "", "Any pierre.database.* property may be given as --pierre.database.<name>=<value>,",
		"or come from the service's configuration (application.yaml, its profiles, PIERRE_DATABASE_<NAME>),",
		"which --spring.* options such as --spring.profiles.active steer.",
		"Exit codes: 0 success, 1 failure, 2 usage error." })
abstract class DatabaseCommand implements Callable<Integer> {

	private static final Pattern PROPERTY = Pattern.compile("--(pierre\\.database\\.[a-z0-9][a-z0-9.\\-\\[\\]]*)=(.*)",
			Pattern.DOTALL);

	private static final String URL_PROPERTY = "pierre.database.url";

	final CommandContext context;

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Option(names = { "-D", "--database-url" }, paramLabel = "URL",
			description = "The database, e.g. sqlite:./data/users.db or postgres://user@host/db. "
					+ "Default: the DATABASE_URL environment variable.")
	String databaseUrl;

	@Unmatched
	List<String> unmatched = new ArrayList<>();

	private JsonDocument json;

	DatabaseCommand(CommandContext context) {
		this.context = context;
	}

	@Override
	public final Integer call() {
		this.json = newJsonDocument();
		List<String> springArguments = ServiceEnvironment.springArguments(this.unmatched);
		Map<String, String> properties = commandLineProperties();
		setProperties(properties);
		PierreDatabaseProperties bound = new DatabasePropertiesBinder(this.spec.commandLine(), this.context)
			.bind(properties, springArguments);
		return run(bound);
	}

	/**
	 * Runs the command.
	 * @param properties the bound {@code pierre.database.*} properties
	 * @return the exit code
	 */
	abstract int run(PierreDatabaseProperties properties);

	/**
	 * The document to print with {@code --json}, for commands that take it.
	 * @return a new document, or {@code null} when the command prints lines
	 */
	JsonDocument newJsonDocument() {
		return null;
	}

	/**
	 * The document of a command that changes the schema, whose dry run prints SQL and so takes no
	 * {@code --json}.
	 * @param output the command's output options
	 * @param dryRun whether the command runs dry
	 * @param command the command's name
	 * @param versionsField the name of the list of versions it runs
	 * @return a new document, or {@code null} when the command prints lines
	 */
	final JsonDocument changeDocument(OutputFormat output, boolean dryRun, String command, String versionsField) {
		if (!output.isJson()) {
			return null;
		}
		if (dryRun) {
			throw new ParameterException(this.spec.commandLine(),
					"--dry-run prints SQL; it does not take --json or --output=json");
		}
		return new JsonDocument(command, versionsField);
	}

	/**
	 * The command's JSON document, once it runs with {@code --json}.
	 * @return the document, or {@code null} when the command prints lines
	 */
	final JsonDocument json() {
		return this.json;
	}

	/**
	 * Adds what the command's own options set, such as a target version.
	 * @param properties the properties from the command line, to add to
	 */
	void setProperties(Map<String, String> properties) {
	}

	/**
	 * Sets a property for an option, refusing a different value given for it as a property too.
	 */
	final void setProperty(Map<String, String> properties, String property, String value, String option) {
		String given = properties.get(property);
		if (given != null && !given.equals(value)) {
			throw new ParameterException(this.spec.commandLine(),
					option + " and --" + property + " disagree; give one of them");
		}
		properties.put(property, value);
	}

	private Map<String, String> commandLineProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String argument : this.unmatched) {
			if (ServiceEnvironment.isSpringArgument(argument)) {
				continue;
			}
			Matcher matcher = PROPERTY.matcher(argument);
			if (!matcher.matches()) {
				throw new ParameterException(this.spec.commandLine(),
						(argument.startsWith("-") ? "Unknown option: '" : "Unexpected argument: '")
								+ JdbcUrls.redact(argument) + "'");
			}
			properties.put(matcher.group(1), matcher.group(2));
		}
		if (this.databaseUrl != null) {
			setProperty(properties, URL_PROPERTY, this.databaseUrl, "--database-url");
		}
		return properties;
	}

}
