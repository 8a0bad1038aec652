package io.pierre.schema.actuate;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.migration.PierreSchemaMigrator;

/**
 * The comparison of the live schema with its version's, as health polls ask for it: it reads the
 * whole catalog, so it runs again only when the history changed since the last one or the
 * interval has passed; in between, the last result answers.
 */
public final class DriftCheck {

	private final PierreSchemaMigrator migrator;

	private final Duration interval;

	private final InstantSource clock;

	private final AtomicReference<Comparison> last = new AtomicReference<>();

	/**
	 * Creates a check.
	 * @param migrator compares the schema
	 * @param interval how long a comparison holds while the history stays the same; zero
	 * compares on every call
	 * @param clock tells the time
	 */
	public DriftCheck(PierreSchemaMigrator migrator, Duration interval, InstantSource clock) {
		this.migrator = migrator;
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * The differences between the live schema and what its current version should have produced.
	 * @param status the schema's state, just read
	 * @return the differences, empty when there are none
	 * @throws io.pierre.schema.SchemaMigrationException if the database cannot be read
	 */
	public List<SchemaDifference> drift(SchemaStatus status) {
		Instant now = this.clock.instant();
		Comparison previous = this.last.get();
		if (previous != null && previous.status().equals(status) && now.isBefore(previous.at().plus(this.interval))) {
			return previous.drift();
		}
		List<SchemaDifference> drift = this.migrator.drift(status);
		this.last.set(new Comparison(status, now, drift));
		return drift;
	}

	private record Comparison(SchemaStatus status, Instant at, List<SchemaDifference> drift) {
	}

}
