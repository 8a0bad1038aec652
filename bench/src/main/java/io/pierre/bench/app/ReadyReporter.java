package io.pierre.bench.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Prints one line when the context is ready, for the harness to read: JVM uptime, the CPU time
 * that the process has used (all its threads) and that the main thread has used (the thread that
 * starts the context: the work of the startup itself, without the JIT compiler's and the GC's
 * threads; the least sensitive to other processes on a busy machine), classes loaded, the schema
 * step's time and the peak heap. The event is published on the main thread.
 */
final class ReadyReporter implements ApplicationListener<ApplicationReadyEvent> {

	/** The prefix of the line that the harness reads. */
	static final String PREFIX = "BENCH-RESULT";

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		long readyNanos = System.nanoTime();
		long startupMillis = event.getTimeTaken().toMillis();
		long uptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime()
				- (System.nanoTime() - readyNanos) / 1_000_000;
		long mainCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long cpuNanos = (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() : -1;
		long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
		long heapPeak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				heapPeak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.println(PREFIX + " uptime_ms=" + uptimeMillis + " boot_ms=" + startupMillis + " cpu_ms=" + cpuNanos / 1_000_000
				+ " main_cpu_ms=" + mainCpuNanos / 1_000_000 + " classes=" + classes
				+ " step=" + MigrationStepTimer.stepBean() + " step_us=" + MigrationStepTimer.stepMicros()
				+ " heap_peak_bytes=" + heapPeak);
		System.out.flush();
	}

}
