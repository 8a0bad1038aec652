package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the harness finds the bench app's class paths, the sample app's jar and the java command,
 * and where it writes its databases, logs and results.
 *
 * @param target the bench project's build folder, holding classes/, classpath/ and scripts/
 * @param work the folder for databases and logs of this run
 * @param javaHome the JDK that runs the measured applications
 * @param packedClasses whether the bench app's classes and the plain Boot Flyway variant's scripts
 * are on its class path as jars ({@link PackedClasses}) rather than as folders
 */
record BenchPaths(Path target, Path work, Path javaHome, boolean packedClasses) {

	BenchPaths(Path target, Path work) {
		this(target, work, Path.of(System.getProperty("java.home")), false);
	}

	/**
	 * The same paths with another JDK running the measured applications.
	 * @param home the JDK's home folder
	 * @return the paths
	 */
	BenchPaths withJava(Path home) {
		return new BenchPaths(this.target, this.work, home, this.packedClasses);
	}

	/**
	 * The same paths with the bench app's folders on its class path packed as jars, which an AOT
	 * cache needs: the JVM archives no class from a folder.
	 * @return the paths
	 */
	BenchPaths withPackedClasses() {
		PackedClasses.pack(this.target);
		return new BenchPaths(this.target, this.work, this.javaHome, true);
	}

	String java() {
		return this.javaHome.resolve("bin").resolve("java").toString();
	}

	/**
	 * The class path of one variant of the bench app.
	 * @param variant the variant
	 * @return the class path
	 */
	String classpath(AppVariant variant) {
		try {
			String jars = Files.readString(this.target.resolve("classpath").resolve(variant.classpathName() + ".txt"))
				.trim();
			String classes = (this.packedClasses ? PackedClasses.classesJar(this.target)
					: this.target.resolve("classes")).toString();
			if (variant == AppVariant.BOOT_FLYWAY) {
				classes = classes + java.io.File.pathSeparator + (this.packedClasses
						? PackedClasses.scriptsJar(this.target) : this.target.resolve("scripts"));
			}
			return classes + java.io.File.pathSeparator + jars;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the class path of " + variant + "; run bench/run", ex);
		}
	}

	/**
	 * The sample app's packaged jar, which the transfer benchmark runs as a user would; bench/run
	 * builds it and names it in the system property {@code bench.sample-app}.
	 * @return the jar
	 */
	Path sampleAppJar() {
		String jar = System.getProperty("bench.sample-app");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("The sample app's jar (-Dbench.sample-app) is missing: " + jar
					+ "; run bench/run");
		}
		return Path.of(jar);
	}

	Path log(String name) {
		return this.work.resolve("logs").resolve(name + ".log");
	}

	Path file(String name) {
		return this.work.resolve(name);
	}

	void create() {
		try {
			Files.createDirectories(this.work.resolve("logs"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
