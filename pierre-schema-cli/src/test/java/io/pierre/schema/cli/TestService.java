package io.pierre.schema.cli;

/**
 * A service's main as docs/command-line.md shows it: the command line first, else the service starts,
 * which here only says so.
 */
public final class TestService {

	static final String STARTED = "TEST SERVICE STARTED";

	private TestService() {
	}

	public static void main(String[] args) {
		if (PierreSchemaCommandLine.isCommand(args)) {
			System.exit(PierreSchemaCommandLine.run(args));
		}
		System.out.println(STARTED);
	}

}
