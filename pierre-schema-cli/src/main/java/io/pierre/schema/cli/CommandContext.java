package io.pierre.schema.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What every command is given: where to print, the environment variables, the class loader that
 * holds the starter's scripts and the service's own configuration.
 *
 * @param out where results go
 * @param err where errors go
 * @param environment the environment variables
 * @param classLoader the class loader of the starter's resources
 * @param serviceEnvironment the service's configuration, being read
 */
record CommandContext(PrintWriter out, PrintWriter err, Map<String, String> environment, ClassLoader classLoader,
		ServiceEnvironment serviceEnvironment) {
}
