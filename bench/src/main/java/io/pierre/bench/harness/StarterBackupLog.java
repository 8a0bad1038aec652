package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the starter's backup of a SQLite file took, as the starter logs it ("Pierre schema:
 * backed up ... in N ms before applying ..."). Read from the same run as the upgrade's time, it
 * splits that time exactly: the backup, and the upgrade alone.
 */
final class StarterBackupLog {

	private static final Pattern BACKED_UP = Pattern.compile("Pierre schema: backed up .* in (\\d+) ms before applying");

	private StarterBackupLog() {
	}

	/**
	 * Reads the backup's duration from a run's log.
	 * @param log the bench app's output
	 * @return milliseconds
	 * @throws IllegalStateException if the log holds no such line
	 */
	static double millis(Path log) {
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				Matcher matcher = BACKED_UP.matcher(line);
				if (matcher.find()) {
					return Double.parseDouble(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalStateException(log + " holds no line \"Pierre schema: backed up ... in N ms\": the starter "
				+ "made no backup, or logs it differently");
	}

}
