package io.pierre.bench.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The bench app's classes and the plain Boot Flyway variant's scripts packed as jars in
 * {@code target/packed/}: an AOT cache holds classes from jars only, and its class path must be the
 * same at the training run and at every run that uses it.
 */
final class PackedClasses {

	private PackedClasses() {
	}

	static Path classesJar(Path target) {
		return target.resolve("packed").resolve("bench-app.jar");
	}

	static Path scriptsJar(Path target) {
		return target.resolve("packed").resolve("scripts.jar");
	}

	/**
	 * Writes both jars anew from {@code target/classes} and {@code target/scripts}.
	 * @param target the bench project's build folder
	 */
	static void pack(Path target) {
		jar(target.resolve("classes"), classesJar(target));
		jar(target.resolve("scripts"), scriptsJar(target));
	}

	private static void jar(Path folder, Path jar) {
		try {
			Files.createDirectories(jar.getParent());
			List<Path> files;
			try (Stream<Path> walk = Files.walk(folder)) {
				files = walk.filter((path) -> !path.equals(folder)).sorted().toList();
			}
			try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
				for (Path file : files) {
					// Folder entries too: Spring's component scan looks packages up as resources.
					String name = folder.relativize(file).toString().replace('\\', '/');
					boolean isFolder = Files.isDirectory(file);
					jarOut.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
					if (!isFolder) {
						Files.copy(file, jarOut);
					}
					jarOut.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not pack " + folder + " into " + jar, ex);
		}
	}

}
