package io.pierre.bench.harness;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The large-upgrade benchmark's rows for one database at one size: each case's time and the app's
 * heap, with the goals at a million users on the starter's rows; each starter case over the shell
 * (the floor: what the same SQL costs without any runner); on SQLite the backup's share, the
 * starter with its default backup minus the starter without; and the details.
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
		List<UpgradeCase> starters = measured.keySet().stream().filter(UpgradeCase::isStarter).toList();
		measured.keySet()
			.stream()
			.filter(UpgradeCase.Shell.class::isInstance)
			.findFirst()
			.ifPresent((floor) -> starters.forEach((starter) -> ratio(starter, measured.get(starter), measured.get(floor))));
		if (starters.size() == 2) {
			// On SQLite: the starter with its default backup, then without.
			backupShare(measured.get(starters.get(0)), measured.get(starters.get(1)));
		}
		measured.forEach((c, m) -> {
			if (c instanceof UpgradeCase.App) {
				heapAndDetails(c, m);
			}
		});
	}

	private void time(UpgradeCase c, UpgradeMeasures m) {
		String goal = "< " + (int) (this.goalMillis / 1000) + " s";
		boolean withGoal = this.goals && c.isStarter();
		if (m.stopped > 0) {
			double limitMillis = this.limit.toMillis();
			ResultRow stopped = new ResultRow("upgrade", label(), this.size + ", " + c.label()
					+ ": 13 -> newest, STOPPED at the " + this.limit.toSeconds() + " s limit in " + m.stopped
					+ " of the runs", "ms", m.stopped + m.millis.count(), limitMillis, limitMillis, Double.NaN, "", "");
			this.table.add(withGoal ? stopped.withGoal(goal, false) : stopped);
		}
		if (m.millis.isEmpty()) {
			return;
		}
		String what = (c instanceof UpgradeCase.App) ? ": 13 -> newest, inside the JVM" : ": 13 -> newest, wall time";
		ResultRow time = ResultRow.of("upgrade", label(), this.size + ", " + c.label() + what, "ms", m.millis);
		this.table.add(withGoal ? time.withGoal(goal, m.millis.median() < this.goalMillis) : time);
	}

	private void ratio(UpgradeCase starter, UpgradeMeasures starterMeasures, UpgradeMeasures floor) {
		if (starterMeasures.millis.isEmpty() || floor.millis.isEmpty()) {
			return;
		}
		this.table.add(single(this.size + ", " + starter.label() + " / " + DatabaseShell.name(this.kind)
				+ ", ratio of the medians", "x", starterMeasures.millis.count(),
				starterMeasures.millis.median() / floor.millis.median()));
	}

	private void backupShare(UpgradeMeasures withBackup, UpgradeMeasures withoutBackup) {
		if (withBackup.millis.isEmpty() || withoutBackup.millis.isEmpty()) {
			return;
		}
		this.table.add(single(this.size + ", starter: the backup's share (backup on minus backup off, difference of "
				+ "the medians)", "ms", withBackup.millis.count(),
				withBackup.millis.median() - withoutBackup.millis.median()));
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
		m.versions.forEach((version, samples) -> this.details.add(ResultRow.of("upgrade", label(),
				this.size + ", " + c.label() + ": version " + version + " (Flyway execution_time)", "ms", samples)));
	}

	private ResultRow single(String subject, String unit, int runs, double value) {
		return new ResultRow("upgrade", label(), subject, unit, runs, value, Double.NaN, Double.NaN, "", "");
	}

	private String label() {
		return this.kind.productName();
	}

}
