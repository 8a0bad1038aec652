package io.pierre.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The transfer benchmark's measures of one sample app jar over its runs, in the order first
 * measured: the main table's and the details'.
 */
final class TransferMeasures {

	private final Map<String, Measure> main = new LinkedHashMap<>();

	private final Map<String, Measure> details = new LinkedHashMap<>();

	/** How many transfers were stopped at the time limit. */
	int stopped;

	void add(String subject, String unit, double value) {
		this.main.computeIfAbsent(subject, (s) -> new Measure(unit, new Samples())).samples().add(value);
	}

	void addDetail(String subject, String unit, double value) {
		this.details.computeIfAbsent(subject, (s) -> new Measure(unit, new Samples())).samples().add(value);
	}

	Samples samples(String subject) {
		Measure measure = this.main.get(subject);
		return (measure != null) ? measure.samples() : new Samples();
	}

	void forEach(BiConsumer<String, Measure> action) {
		this.main.forEach(action);
	}

	void forEachDetail(BiConsumer<String, Measure> action) {
		this.details.forEach(action);
	}

	/**
	 * One measure over the runs.
	 *
	 * @param unit its unit
	 * @param samples its values
	 */
	record Measure(String unit, Samples samples) {
	}

}
