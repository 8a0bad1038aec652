package io.pierre.bench.harness;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The large-upgrade benchmark's rows for one database at one size: each case's time and the app's
 * heap, with the goals at a million users on the starter's rows; on SQLite the starter's backup
 * and the upgrade alone; the starter over the shell (the floor: what the same SQL costs without
 * any runner); and the details.
 */
final class UpgradeReport {

	private final DatabaseKind kind;

	private final String size;

	private final boolean goals;

	private final double goalMillis;

	private final Duration limit;

	private final ResultTable table;

	private final ResultTable details;

	/**
	 * Creates the rows' writer.
	 * @param kind the database
	 * @param users the size
	 * @param goalMillis the time goal at a million users
	 * @param limit the time after which an upgrade was stopped
	 * @param table the results table
	 * @param details the details table
	 */
	UpgradeReport(DatabaseKind kind, long users, double goalMillis, Duration limit, ResultTable table,
			ResultTable details) {
		this.kind = kind;
		this.size = size(users);
		this.goals = users >= UpgradeBenchmark.MILLION;
		this.goalMillis = goalMillis;
		this.limit = limit;
		this.table = table;
		this.details = details;
	}

	static String size(long users) {
		return String.format(Locale.ROOT, "%,d users", users);
	}

	void write(Map<UpgradeCase, UpgradeMeasures> measured) {
		measured.forEach(this::time);
		UpgradeMeasures floor = measured.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() instanceof UpgradeCase.Shell)
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
		measured.forEach((c, m) -> {
			if (c.isStarter()) {
				ratio(c.label(), m.millis, floor);
				if (!m.backupMillis.isEmpty()) {
					ratio(c.label() + ": the upgrade alone", m.withoutBackupMillis, floor);
				}
			}
		});
		List<Map.Entry<UpgradeCase, UpgradeMeasures>> jars = measured.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() instanceof UpgradeCase.Jar)
			.toList();
		if (jars.size() == 2) {
			baselineRatio(jars.get(0), jars.get(1));
		}
		measured.forEach((c, m) -> {
			if (c instanceof UpgradeCase.App) {
				heapAndDetails(c, m);
			}
			if (c instanceof UpgradeCase.Jar) {
				versionDetails(c, m);
			}
		});
	}

	/**
	 * The physical floor's rows, and how far the starter is from it: its upgrade alone against the
	 * rewritten bytes, its backup against the file copy.
	 * @param floor what was measured
	 * @param measured every case's upgrades
	 */
	void physicalFloor(UpgradeBenchmark.PhysicalFloor floor, Map<UpgradeCase, UpgradeMeasures> measured) {
		String rewritten = megabytes(floor.rewrittenBytes());
		this.table.add(ResultRow.of("upgrade", label(), this.size + ", physical floor: reading and writing the " + rewritten
				+ " of the tables that versions 14 and 15 rewrite, with their indexes (one fsync)", "ms",
				floor.rewriteMillis()));
		this.table.add(ResultRow.of("upgrade", label(), this.size + ", physical floor of the backup: copying the whole "
				+ megabytes(floor.fileBytes()) + " file (one fsync)", "ms", floor.copyMillis()));
		measured.forEach((c, m) -> {
			if (c.isStarter() && !m.withoutBackupMillis.isEmpty()) {
				this.table.add(single(this.size + ", " + c.label()
						+ ": the upgrade alone / its physical floor, ratio of the medians", "x",
						m.withoutBackupMillis.count(), m.withoutBackupMillis.median() / floor.rewriteMillis().median()));
				this.table.add(single(this.size + ", " + c.label() + ": its backup / copying the file, ratio of the medians",
						"x", m.backupMillis.count(), m.backupMillis.median() / floor.copyMillis().median()));
			}
		});
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
	}

	/** How many times less time this tree's jar took than the baseline's: the whole command and the versions alone. */
	private void baselineRatio(Map.Entry<UpgradeCase, UpgradeMeasures> current,
			Map.Entry<UpgradeCase, UpgradeMeasures> baseline) {
		String subject = this.size + ", sample app jar, migrate: [" + ((UpgradeCase.Jar) baseline.getKey()).jar().label()
				+ "] / [" + ((UpgradeCase.Jar) current.getKey()).jar().label() + "], ratio of the medians";
		if (!current.getValue().millis.isEmpty() && !baseline.getValue().millis.isEmpty()) {
			this.table.add(againstBaseline(single(subject, "x", current.getValue().millis.count(),
					baseline.getValue().millis.median() / current.getValue().millis.median())));
		}
		for (Map.Entry<UpgradeCase, UpgradeMeasures> jar : List.of(current, baseline)) {
			if (!jar.getValue().versionsMillis.isEmpty()) {
				this.table.add(ResultRow.of("upgrade", label(), this.size + ", " + jar.getKey().label()
						+ ": the versions alone (Flyway execution_time, summed)", "ms", jar.getValue().versionsMillis));
			}
		}
		if (!current.getValue().versionsMillis.isEmpty() && !baseline.getValue().versionsMillis.isEmpty()) {
			this.table.add(againstBaseline(single(subject + ", the versions alone", "x",
					current.getValue().versionsMillis.count(),
					baseline.getValue().versionsMillis.median() / current.getValue().versionsMillis.median())));
		}
	}

	/**
	 * At a million users on SQLite, the defaults (the page cache sized from what the versions
	 * rewrite) are to be twice as fast as the release before.
	 */
	private ResultRow againstBaseline(ResultRow ratio) {
		if (!this.goals || this.kind != DatabaseKind.SQLITE) {
			return ratio;
		}
		return ratio.withGoal(">= 2x", ratio.median() >= 2);
	}

	private void time(UpgradeCase c, UpgradeMeasures m) {
		boolean withGoal = this.goals && c.isStarter();
		if (m.stopped > 0) {
			double limitMillis = this.limit.toMillis();
			ResultRow stopped = new ResultRow("upgrade", label(), this.size + ", " + c.label()
					+ ": 13 -> newest, STOPPED at the " + this.limit.toSeconds() + " s limit in " + m.stopped
					+ " of the runs", "ms", m.stopped + m.millis.count(), limitMillis, limitMillis, Double.NaN, "", "");
			this.table.add(withGoal ? stopped.withGoal(goal(), false) : stopped);
		}
		if (m.millis.isEmpty()) {
			return;
		}
		String what = (c instanceof UpgradeCase.App) ? ": 13 -> newest, inside the JVM"
				: (c instanceof UpgradeCase.Jar) ? ": 13 -> newest, process start to exit" : ": 13 -> newest, wall time";
		this.table.add(timed(this.size + ", " + c.label() + what, m.millis, withGoal));
		if (!m.backupMillis.isEmpty()) {
			String who = c.label();
			this.table.add(ResultRow.of("upgrade", label(), this.size + ", " + who + ": its backup of the file (its log "
					+ "line)", "ms", m.backupMillis));
			this.table.add(timed(this.size + ", " + who + ": the upgrade alone (minus the backup, run by run)",
					m.withoutBackupMillis, withGoal));
			this.table.add(single(this.size + ", " + who + ": the backup's share of its time (of the medians)", "%",
					m.millis.count(), 100 * m.backupMillis.median() / m.millis.median()));
		}
	}

	private ResultRow timed(String subject, Samples millis, boolean withGoal) {
		ResultRow row = ResultRow.of("upgrade", label(), subject, "ms", millis);
		return withGoal ? row.withGoal(goal(), millis.median() < this.goalMillis) : row;
	}

	private void ratio(String starter, Samples starterMillis, UpgradeMeasures floor) {
		if (starterMillis.isEmpty() || floor.millis.isEmpty()) {
			return;
		}
		this.table.add(single(this.size + ", " + starter + " / " + DatabaseShell.name(this.kind)
				+ ", ratio of the medians", "x", starterMillis.count(), starterMillis.median() / floor.millis.median()));
	}

	private void heapAndDetails(UpgradeCase c, UpgradeMeasures m) {
		if (m.app.heapPeakMegabytes.isEmpty()) {
			return;
		}
		ResultRow heap = ResultRow.of("upgrade", label(), this.size + ", " + c.label() + ": peak heap (-Xmx256m)",
				"MB", m.app.heapPeakMegabytes);
		this.table.add((this.goals && c.isStarter())
				? heap.withGoal("< 256 MB", m.app.heapPeakMegabytes.max() < UpgradeBenchmark.HEAP_GOAL_MEGABYTES)
				: heap);
		this.details.add(ResultRow.of("upgrade", label(), this.size + ", " + c.label()
				+ ": process start to context ready", "ms", m.app.wallMillis));
		versionDetails(c, m);
	}

	private void versionDetails(UpgradeCase c, UpgradeMeasures m) {
		m.versions.forEach((version, samples) -> this.details.add(ResultRow.of("upgrade", label(),
				this.size + ", " + c.label() + ": version " + version + " (Flyway execution_time)", "ms", samples)));
	}

	private String goal() {
		return "< " + (int) (this.goalMillis / 1000) + " s";
	}

	private ResultRow single(String subject, String unit, int runs, double value) {
		return new ResultRow("upgrade", label(), subject, unit, runs, value, Double.NaN, Double.NaN, "", "");
	}

	private String label() {
		return this.kind.productName();
	}

}
