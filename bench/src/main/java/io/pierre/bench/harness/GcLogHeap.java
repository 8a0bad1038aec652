package io.pierre.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a JVM that the harness cannot ask (the sample app's jar reports nothing), read from
 * its G1 log ({@link #jvmFlags(Path)}), to the log's resolution of 1 MB.
 *
 * @param peakMegabytes the peak heap in use: the heap grows only by allocation between two
 * collections, so its peak is the largest of the uses that the log shows before each pause and
 * at exit (the true peak, where the bench app's figure, the heap pools' peaks added up, is an
 * upper bound); how high it climbs is mostly the collector's choice of young generation
 * @param afterCollectionMegabytes the largest heap in use right after a pause: what the process
 * kept, an upper bound of its live data
 */
record GcLogHeap(double peakMegabytes, double afterCollectionMegabytes) {

	private static final Pattern PAUSE = Pattern.compile("\\bPause .* (\\d+)M->(\\d+)M\\(\\d+M\\)");

	private static final Pattern EXIT = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");

	/**
	 * The flags that make a JVM write the log: G1, the JVM's own choice on this machine, made
	 * explicit because the log's format is G1's.
	 * @param log where the log goes
	 * @return the flags
	 */
	static List<String> jvmFlags(Path log) {
		return List.of("-XX:+UseG1GC", "-Xlog:gc,gc+heap+exit:file=" + log);
	}

	/**
	 * Reads a log.
	 * @param log the log that {@link #jvmFlags(Path)} asked for
	 * @return the heap figures
	 */
	static GcLogHeap read(Path log) {
		double peak = -1;
		double afterCollection = 0;
		boolean exited = false;
		try {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				Matcher pause = PAUSE.matcher(line);
				if (pause.find()) {
					peak = Math.max(peak, Double.parseDouble(pause.group(1)));
					afterCollection = Math.max(afterCollection, Double.parseDouble(pause.group(2)));
				}
				Matcher exit = EXIT.matcher(line);
				if (exit.find()) {
					exited = true;
					peak = Math.max(peak, Double.parseDouble(exit.group(1)) / 1024);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!exited) {
			throw new IllegalStateException(log + " holds no G1 heap summary at exit");
		}
		return new GcLogHeap(peak, afterCollection);
	}

}
