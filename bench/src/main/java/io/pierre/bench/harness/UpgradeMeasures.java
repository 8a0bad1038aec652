package io.pierre.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One case's upgrades at one size in the large-upgrade benchmark.
 */
final class UpgradeMeasures {

	/** The upgrade's time: inside the JVM for the app, the wall time for the shell. */
	final Samples millis = new Samples();

	/** The starter's backup of a SQLite file, from its log; empty for the other cases. */
	final Samples backupMillis = new Samples();

	/** The upgrade's time less its backup, run by run; empty where there was no backup. */
	final Samples withoutBackupMillis = new Samples();

	/** What the app reported, empty for the shell. */
	final AppMeasures app = new AppMeasures();

	/** Flyway's execution times of the versions summed, run by run: the versions alone; empty for the shell. */
	final Samples versionsMillis = new Samples();

	/** Flyway's execution time of each version, empty for the shell. */
	final Map<String, Samples> versions = new LinkedHashMap<>();

	/** How many upgrades were stopped at the time limit. */
	int stopped;

	void add(Run run) {
		if (run == null) {
			this.stopped++;
			return;
		}
		this.millis.add(run.millis());
		run.backupMillis().ifPresent((backup) -> {
			this.backupMillis.add(backup);
			this.withoutBackupMillis.add(run.millis() - backup);
		});
		if (run.app() != null) {
			this.app.add(run.app());
		}
		if (!run.versions().isEmpty()) {
			this.versionsMillis.add(run.versions().values().stream().mapToInt(Integer::intValue).sum());
		}
		run.versions().forEach((version, millis) -> this.versions.computeIfAbsent(version, (v) -> new Samples())
			.add(millis));
	}

	/**
	 * One upgrade.
	 *
	 * @param millis the upgrade's time: inside the JVM for the app, the wall time for the shell
	 * @param backupMillis the starter's backup, part of {@code millis}, where it made one
	 * @param app what the app reported, or {@code null} for the shell
	 * @param versions Flyway's execution time of each version, empty for the shell
	 */
	record Run(double millis, OptionalDouble backupMillis, AppResult app, Map<String, Integer> versions) {
	}

}
