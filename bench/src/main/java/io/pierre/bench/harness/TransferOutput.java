package io.pierre.bench.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sample app's {@code transfer} command printed, read with the time each line arrived:
 * the rows per table, the rows in all and the duration that it reports, and its steps. The
 * command prints no timings of its own per step, so the steps are told apart by the lines that
 * end them: the line that says the source's upgrade is done (the transfer migrates the source
 * first), then the target's migration, then the command's summary, printed once
 * the rows are copied, the counts checked and the transaction committed.
 *
 * @param rows the rows copied per table, as the command lists them
 * @param totalRows the rows copied in all, as its summary says
 * @param reportedMillis the duration that its summary gives (both migrations and the copy)
 * @param sourceUpgradedMillis when the source's upgrade ended, from the process's start
 * @param targetMigratedMillis when the target's migration ended
 * @param copiedMillis when the copy ended
 */
record TransferOutput(Map<String, Long> rows, long totalRows, long reportedMillis, double sourceUpgradedMillis,
		double targetMigratedMillis, double copiedMillis) {

	/**
	 * Flyway's line at the end of a migration, which older sample apps log; the command line prints
	 * its own, {@code The source: Pierre schema: applied ...}, with its logging off.
	 */
	private static final Pattern MIGRATED = Pattern
		.compile("Successfully applied \\d+ migrations? to schema|^The (source|target): Pierre schema: applied ");

	private static final Pattern TABLE = Pattern.compile("^  ([a-z0-9_]+): (\\d+)$");

	private static final Pattern SUMMARY = Pattern
		.compile("^Pierre schema: transferred (\\d+) rows of \\d+ tables in (\\d+) ms");

	/**
	 * Reads the output of a transfer whose source and target both had versions to apply.
	 * @param result the command's run
	 * @return what it printed
	 * @throws IllegalStateException if a line that marks a step is missing
	 */
	static TransferOutput parse(TimedProcess.Result result) {
		List<Double> migrated = new ArrayList<>();
		Map<String, Long> rows = new LinkedHashMap<>();
		for (TimedProcess.Line line : result.lines()) {
			if (MIGRATED.matcher(line.text()).find()) {
				migrated.add(line.millis());
			}
			Matcher table = TABLE.matcher(line.text());
			if (table.matches()) {
				rows.put(table.group(1), Long.parseLong(table.group(2)));
			}
			Matcher summary = SUMMARY.matcher(line.text());
			if (summary.find()) {
				if (migrated.size() != 2) {
					throw new IllegalStateException("Expected Flyway's \"Successfully applied\" line of the source's "
							+ "upgrade and of the target's migration before the summary, found " + migrated.size());
				}
				return new TransferOutput(rows, Long.parseLong(summary.group(1)), Long.parseLong(summary.group(2)),
						migrated.get(0), migrated.get(1), line.millis());
			}
		}
		throw new IllegalStateException("The transfer printed no summary line:\n" + result.tail());
	}

	/**
	 * How long the target's migration took, from the end of the source's upgrade.
	 * @return milliseconds
	 */
	double targetMigrationMillis() {
		return this.targetMigratedMillis - this.sourceUpgradedMillis;
	}

	/**
	 * How long the copy took: every row, the count check and the commit.
	 * @return milliseconds
	 */
	double copyMillis() {
		return this.copiedMillis - this.targetMigratedMillis;
	}

}
