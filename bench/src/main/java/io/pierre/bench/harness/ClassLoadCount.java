package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Counts, in a {@code -Xlog:class+load} file, the classes that a run loaded: all of them, and
 * Flyway's. The proof that a start with nothing to do never loads Flyway.
 *
 * @param total every class loaded
 * @param flyway classes of {@code org.flywaydb}
 * @param pierre classes of {@code io.pierre.schema}
 */
record ClassLoadCount(long total, long flyway, long pierre) {

	static List<String> jvmFlags(Path logFile) {
		return List.of("-Xlog:class+load=info:file=" + logFile);
	}

	static ClassLoadCount read(Path logFile) {
		try (Stream<String> lines = Files.lines(logFile)) {
			long[] counts = new long[3];
			lines.filter((line) -> line.contains("[class,load]")).forEach((line) -> {
				counts[0]++;
				if (line.contains("] org.flywaydb.")) {
					counts[1]++;
				}
				if (line.contains("] io.pierre.schema.")) {
					counts[2]++;
				}
			});
			return new ClassLoadCount(counts[0], counts[1], counts[2]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
