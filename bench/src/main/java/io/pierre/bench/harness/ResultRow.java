package io.pierre.bench.harness;

/**
 * One line of the results table.
 *
 * @param scenario the benchmark, such as {@code startup}
 * @param database SQLite or PostgreSQL
 * @param subject what was measured, such as {@code starter, context ready}
 * @param unit the unit of the figures, such as {@code ms}
 * @param runs how many runs the figures come from
 * @param median the median
 * @param min the smallest
 * @param max the largest
 * @param goal the goal, or empty
 * @param met {@code yes}, {@code NO} or empty when the line has no goal
 */
record ResultRow(String scenario, String database, String subject, String unit, int runs, double median, double min,
		double max, String goal, String met) {

	static ResultRow of(String scenario, String database, String subject, String unit, Samples samples) {
		return new ResultRow(scenario, database, subject, unit, samples.count(), samples.median(), samples.min(),
				samples.max(), "", "");
	}

	ResultRow withGoal(String goal, boolean met) {
		return new ResultRow(this.scenario, this.database, this.subject, this.unit, this.runs, this.median, this.min,
				this.max, goal, met ? "yes" : "NO");
	}

}
