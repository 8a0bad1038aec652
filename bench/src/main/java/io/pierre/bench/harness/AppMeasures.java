package io.pierre.bench.harness;

/**
 * The measures of one case of the bench app over its runs.
 */
final class AppMeasures {

	final Samples wallMillis = new Samples();

	final Samples uptimeMillis = new Samples();

	final Samples cpuMillis = new Samples();

	final Samples mainCpuMillis = new Samples();

	final Samples classes = new Samples();

	final Samples stepMillis = new Samples();

	final Samples heapPeakMegabytes = new Samples();

	void add(AppResult result) {
		this.wallMillis.add(result.wallMillis());
		this.uptimeMillis.add(result.uptimeMillis());
		this.cpuMillis.add(result.cpuMillis());
		this.mainCpuMillis.add(result.mainCpuMillis());
		this.classes.add(result.classes());
		if (result.stepMillis() >= 0) {
			this.stepMillis.add(result.stepMillis());
		}
		this.heapPeakMegabytes.add(result.heapPeakBytes() / 1024.0 / 1024.0);
	}

}
