package io.pierre.bench.harness;

import java.util.HashMap;
import java.util.Map;

/**
 * What one run of the bench app reported, plus the wall time that the harness saw.
 *
 * @param wallMillis from just before the process was started to the moment its report line arrived
 * @param uptimeMillis the JVM's uptime when the context was ready
 * @param cpuMillis the CPU time that the process had used by then, all threads
 * @param mainCpuMillis the CPU time that the main thread, which starts the context, had used by then
 * @param classes classes loaded by then
 * @param stepMillis the schema step inside the JVM, or -1 without one
 * @param heapPeakBytes the sum of the heap pools' peak usage
 */
record AppResult(double wallMillis, long uptimeMillis, long cpuMillis, long mainCpuMillis, long classes, double stepMillis, long heapPeakBytes) {

	static AppResult parse(double wallMillis, String line) {
		Map<String, String> fields = new HashMap<>();
		for (String token : line.trim().split("\\s+")) {
			int eq = token.indexOf('=');
			if (eq > 0) {
				fields.put(token.substring(0, eq), token.substring(eq + 1));
			}
		}
		long stepMicros = Long.parseLong(fields.get("step_us"));
		return new AppResult(wallMillis, Long.parseLong(fields.get("uptime_ms")), Long.parseLong(fields.get("cpu_ms")),
				Long.parseLong(fields.get("main_cpu_ms")),
				Long.parseLong(fields.get("classes")),
				(stepMicros < 0) ? -1 : stepMicros / 1000.0, Long.parseLong(fields.get("heap_peak_bytes")));
	}

}
