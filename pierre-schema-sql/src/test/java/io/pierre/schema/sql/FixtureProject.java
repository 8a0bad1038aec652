package io.pierre.schema.sql;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A service's sources in a folder of a test's own, compiled by javac with the processor as a build
 * runs it: the resources (migrations) copied to the class output first, options given as
 * {@code -A}.
 */
final class FixtureProject {

	private final Path root;

	private final Map<String, String> options = new LinkedHashMap<>();

	FixtureProject(Path root) {
		this.root = root;
	}

	FixtureProject source(String path, String text) {
		write(this.root.resolve("src/main/java").resolve(path), text);
		return this;
	}

	FixtureProject resource(String path, String text) {
		write(this.root.resolve("target/classes").resolve(path), text);
		return this;
	}

	FixtureProject option(String name, String value) {
		this.options.put(name, value);
		return this;
	}

	FixtureProject withoutOption(String name) {
		this.options.remove(name);
		return this;
	}

	/**
	 * Names a test database's server for online checks, with a database prefix of the test's own.
	 * @param server the server
	 * @param prefix the start of the kept databases' names
	 * @return this project
	 */
	FixtureProject online(PostgresServer server, String prefix) {
		return option(SqlCheckOptions.POSTGRES_URL, server.url()).option(SqlCheckOptions.POSTGRES_USER, server.username())
			.option(SqlCheckOptions.POSTGRES_PASSWORD, server.password())
			.option(SqlCheckOptions.DATABASE_PREFIX, prefix);
	}

	FixtureProject offline() {
		return withoutOption(SqlCheckOptions.POSTGRES_URL).withoutOption(SqlCheckOptions.POSTGRES_USER)
			.withoutOption(SqlCheckOptions.POSTGRES_PASSWORD);
	}

	Compilation compile() {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Path classes = this.root.resolve("target/classes");
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
				var sources = Files.walk(this.root.resolve("src/main/java"))) {
			Files.createDirectories(classes);
			List<File> javaFiles = sources.filter((path) -> path.toString().endsWith(".java")).map(Path::toFile).toList();
			List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
					System.getProperty("java.class.path"), "-proc:only"));
			this.options.forEach((name, value) -> arguments.add("-A" + name + "=" + value));
			JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, arguments, null,
					files.getJavaFileObjectsFromFiles(javaFiles));
			task.setProcessors(List.of(new PierreSqlProcessor()));
			boolean success = task.call();
			return new Compilation(success, diagnostics.getDiagnostics());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What javac said.
	 *
	 * @param success whether it compiled
	 * @param diagnostics its errors, warnings and notes
	 */
	record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

		List<String> errors() {
			return messages(Diagnostic.Kind.ERROR);
		}

		List<String> warnings() {
			return messages(Diagnostic.Kind.MANDATORY_WARNING);
		}

		/**
		 * The errors as javac prints them: {@code File.java:line: message}.
		 * @return the errors with their places
		 */
		List<String> placedErrors() {
			return this.diagnostics.stream()
				.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
				.map((diagnostic) -> ((diagnostic.getSource() != null)
						? Path.of(diagnostic.getSource().toUri()).getFileName() + ":" + diagnostic.getLineNumber() + ": " : "")
						+ diagnostic.getMessage(Locale.ROOT))
				.toList();
		}

		private List<String> messages(Diagnostic.Kind kind) {
			return this.diagnostics.stream()
				.filter((diagnostic) -> diagnostic.getKind() == kind)
				.map((diagnostic) -> diagnostic.getMessage(Locale.ROOT))
				.toList();
		}

		@Override
		public String toString() {
			return (this.success ? "compiled" : "failed") + " " + this.diagnostics;
		}

	}

}
