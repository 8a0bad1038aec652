package io.pierre.schema.actuate;

import java.time.Duration;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.migration.MigrationReport;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * The Pierre schema's metrics, tagged with {@code database} ({@code sqlite} or {@code postgresql}):
 * <ul>
 * <li>{@value #VERSION}: the current version as a number, {@code 0} before the first one;</li>
 * <li>{@value #PENDING}: how many versions are pending;</li>
 * <li>{@value #MIGRATION}: how long the startup migration took, with nothing to do or not.</li>
 * </ul>
 * The gauges read the history table when sampled, at most once per {@code maxAge} for both, and
 * are {@code NaN} while the database cannot be read.
 */
public class PierreSchemaMetrics implements MeterBinder {

	/** The gauge of the current version. */
	public static final String VERSION = "pierre.schema.version";

	/** The gauge of pending versions. */
	public static final String PENDING = "pierre.schema.pending";

	/** The timer of the startup migration. */
	public static final String MIGRATION = "pierre.schema.migration";

	private static final String UNKNOWN_DATABASE = "unknown";

	private final PierreSchemaMigrator migrator;

	private final MigrationReport startupReport;

	private final Duration maxAge;

	private volatile Reading lastReading;

	/**
	 * Creates the metrics.
	 * @param migrator reads the schema's state
	 * @param startupReport what the startup migration did, empty unless the mode is
	 * {@code migrate}
	 * @param maxAge how long one reading of the history table serves the gauges: a registry
	 * samples them one after the other, and they should not cost a query each
	 */
	public PierreSchemaMetrics(PierreSchemaMigrator migrator, Optional<MigrationReport> startupReport,
			Duration maxAge) {
		this.migrator = migrator;
		this.startupReport = startupReport.orElse(null);
		this.maxAge = maxAge;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Tags tags = Tags.of("database", database());
		gauge(registry, VERSION, "The Pierre schema's current version", tags, PierreSchemaMetrics::versionValue);
		gauge(registry, PENDING, "Pierre schema versions pending", tags, PierreSchemaMetrics::pendingValue);
		if (this.startupReport != null) {
			Timer.builder(MIGRATION)
				.description("How long the Pierre schema's startup migration took")
				.tags(tags)
				.register(registry)
				.record(this.startupReport.duration());
		}
	}

	private String database() {
		if (this.startupReport != null) {
			return this.startupReport.status().database().id();
		}
		// Without a startup migration (mode validate or none) nothing has read the database yet.
		SchemaStatus status = status();
		return (status != null) ? status.database().id() : UNKNOWN_DATABASE;
	}

	private void gauge(MeterRegistry registry, String name, String description, Tags tags,
			ToDoubleFunction<PierreSchemaMetrics> value) {
		Gauge.builder(name, this, value).description(description).tags(tags).strongReference(true).register(registry);
	}

	private double versionValue() {
		SchemaStatus status = status();
		return (status != null) ? currentVersion(status) : Double.NaN;
	}

	private double pendingValue() {
		SchemaStatus status = status();
		return (status != null) ? status.inState(MigrationState.PENDING).size() : Double.NaN;
	}

	private SchemaStatus status() {
		Reading reading = this.lastReading;
		long now = System.nanoTime();
		if (reading == null || now - reading.nanoTime() > this.maxAge.toNanos()) {
			reading = new Reading(read(), now);
			this.lastReading = reading;
		}
		return reading.status();
	}

	private SchemaStatus read() {
		try {
			return this.migrator.status();
		}
		catch (RuntimeException ex) {
			// The health indicator reports why; a gauge can only say that it does not know.
			return null;
		}
	}

	/**
	 * A version as a gauge's value: {@code 20250120000021} as that number, which a double holds
	 * exactly. The Pierre schema's versions are all plain numbers; any other is {@code NaN}
	 * rather than a number that would sort wrongly.
	 */
	private static double currentVersion(SchemaStatus status) {
		return status.currentVersion()
			.map(SchemaVersion::toString)
			.map((version) -> version.matches("\\d{1,15}") ? Double.parseDouble(version) : Double.NaN)
			.orElse(0.0);
	}

	private record Reading(SchemaStatus status, long nanoTime) {
	}

}
