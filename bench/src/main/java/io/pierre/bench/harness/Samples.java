package io.pierre.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values that one measure took over the runs of one case.
 */
final class Samples {

	private final List<Double> values = new ArrayList<>();

	void add(double value) {
		this.values.add(value);
	}

	int count() {
		return this.values.size();
	}

	boolean isEmpty() {
		return this.values.isEmpty();
	}

	double median() {
		List<Double> sorted = sorted();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * The value below which the given share of the samples lie (nearest rank).
	 * @param share e.g. 0.9
	 * @return the percentile
	 */
	double percentile(double share) {
		List<Double> sorted = sorted();
		int rank = (int) Math.ceil(share * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	double min() {
		return sorted().get(0);
	}

	double max() {
		List<Double> sorted = sorted();
		return sorted.get(sorted.size() - 1);
	}

	private List<Double> sorted() {
		if (this.values.isEmpty()) {
			throw new IllegalStateException("no samples");
		}
		List<Double> sorted = new ArrayList<>(this.values);
		Collections.sort(sorted);
		return sorted;
	}

}
