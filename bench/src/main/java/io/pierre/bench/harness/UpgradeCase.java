package io.pierre.bench.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * One way of upgrading a database at version 20250120000013 to the newest, in the large-upgrade
 * benchmark: the bench app in a fresh JVM, a sample app jar's {@code migrate} command, or the
 * database's own shell.
 */
sealed interface UpgradeCase {

	/**
	 * How the results table names it.
	 * @return the label
	 */
	String label();

	/**
	 * A short name for file names.
	 * @return the name
	 */
	String name();

	/**
	 * Whether this is the starter, which the goals are about.
	 * @return {@code true} for the bench app with the starter
	 */
	default boolean isStarter() {
		return this instanceof App app && app.variant() == AppVariant.WITH_STARTER;
	}

	/**
	 * The bench app, timed inside its JVM (the schema step).
	 *
	 * @param label how the table names it
	 * @param name a short name for file names
	 * @param variant the app's class path
	 * @param args the app's arguments for a database
	 */
	record App(String label, String name, AppVariant variant, Function<DatabaseTarget, List<String>> args)
			implements UpgradeCase {
	}

	/**
	 * A sample app jar's {@code migrate} command, this tree's or another commit's, timed from the
	 * process's start to its exit: how two commits' starters compare in one run.
	 *
	 * @param label how the table names it
	 * @param name a short name for file names
	 * @param jar the jar
	 */
	record Jar(String label, String name, SampleAppJar jar) implements UpgradeCase {
	}

	/**
	 * The database's shell running the versions after 13 ({@link ShellScript}), timed from its start
	 * to its exit.
	 *
	 * @param label how the table names it
	 * @param name a short name for file names
	 * @param script the SQL file
	 */
	record Shell(String label, String name, Path script) implements UpgradeCase {
	}

}
