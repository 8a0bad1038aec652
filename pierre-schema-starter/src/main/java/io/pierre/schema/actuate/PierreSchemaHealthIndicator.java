package io.pierre.schema.actuate;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.MigrationState;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.inspect.SchemaDifference;
import io.pierre.schema.migration.MigrationMode;
import io.pierre.schema.migration.PierreSchemaMigrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of the Pierre schema: its history read with one query, and, when that shows
 * nothing wrong, the live schema compared with what its version should have produced (when the
 * history changed since the last comparison, or at most once per interval: {@link DriftCheck}).
 * <ul>
 * <li>{@link Status#UP UP}: at the newest version that the starter knows (or at the configured
 * target), nothing failed or modified;</li>
 * <li>{@link Status#OUT_OF_SERVICE OUT_OF_SERVICE}: versions are pending (or were skipped): under
 * mode {@code none} until the database is migrated by other means, or under any mode when the
 * database went back after startup (mode {@code validate} refuses to start with versions pending);
 * the configured mode is in the details, to tell which;</li>
 * <li>{@link Status#DOWN DOWN}: a migration failed or was modified, the database holds versions
 * newer than the starter knows (unless those are accepted), the live schema drifted from its
 * version's (the differences are in the {@code drift} detail), or it cannot be read or compared
 * (the reason is in the {@code error} detail).</li>
 * </ul>
 * Never throws; an error's message is shown with its credentials masked.
 */
public class PierreSchemaHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(PierreSchemaHealthIndicator.class);

	private static final Set<MigrationState> SUCCEEDED = EnumSet.of(MigrationState.APPLIED, MigrationState.MODIFIED,
			MigrationState.FUTURE, MigrationState.BASELINE);

	private static final List<MigrationState> LISTED = List.of(MigrationState.FAILED, MigrationState.MODIFIED,
			MigrationState.FUTURE, MigrationState.IGNORED);

	private final PierreSchemaMigrator migrator;

	private final MigrationMode mode;

	private final boolean futureVersionsAccepted;

	private final SecretRedactor redactor;

	private final DriftCheck driftCheck;

	/**
	 * Creates an indicator.
	 * @param migrator reads the schema's state
	 * @param mode what the starter does on startup ({@code pierre.database.mode}), shown in the
	 * details beside pending versions
	 * @param futureVersionsAccepted whether versions newer than the starter knows are accepted
	 * ({@code pierre.database.ignore-future-versions})
	 * @param redactor masks credentials in error messages
	 * @param driftCheck compares the live schema with its version's, when due
	 */
	public PierreSchemaHealthIndicator(PierreSchemaMigrator migrator, MigrationMode mode,
			boolean futureVersionsAccepted, SecretRedactor redactor, DriftCheck driftCheck) {
		this.migrator = migrator;
		this.mode = mode;
		this.futureVersionsAccepted = futureVersionsAccepted;
		this.redactor = redactor;
		this.driftCheck = driftCheck;
	}

	@Override
	public Health health() {
		SchemaStatus status;
		try {
			status = this.migrator.status();
		}
		catch (RuntimeException ex) {
			String message = reason(ex);
			// Health is polled; the stack trace is there for whoever turns debug on.
			logger.warn("Pierre schema health check failed: " + message);
			logger.debug("Pierre schema health check failure", ex);
			return Health.down().withDetail("error", message).build();
		}
		Status health = statusOf(status);
		if (health != Status.UP) {
			// Only a schema that is otherwise healthy is compared with its version's: the
			// comparison reads the whole schema, and any other problem says enough already.
			return details(Health.status(health), status).build();
		}
		List<SchemaDifference> drift;
		try {
			drift = this.driftCheck.drift(status);
		}
		catch (RuntimeException ex) {
			// A schema that could not be compared is not known to be whole.
			String message = reason(ex);
			logger.warn("Pierre schema health check could not compare the schema: " + message);
			logger.debug("Pierre schema comparison failure", ex);
			return details(Health.down(), status)
				.withDetail("error", "Could not compare the live schema with its version's: " + message)
				.build();
		}
		Health.Builder builder = details(Health.status(drift.isEmpty() ? Status.UP : Status.DOWN), status);
		if (!drift.isEmpty()) {
			builder.withDetail("drift", drift.stream().map(SchemaDifference::toString).toList());
		}
		return builder.build();
	}

	private String reason(RuntimeException ex) {
		return this.redactor.redact((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName());
	}

	private Health.Builder details(Health.Builder builder, SchemaStatus status) {
		builder
			.withDetail("database", status.database().productName())
			.withDetail("databaseVersion", String.valueOf(status.databaseVersion()))
			.withDetail("currentVersion", status.currentVersion().map(SchemaVersion::toString).orElse("none"))
			.withDetail("newestVersion", status.newestVersion().toString())
			.withDetail("pending", status.inState(MigrationState.PENDING).size())
			.withDetail("applied", status.migrations().stream().filter((m) -> SUCCEEDED.contains(m.state())).count());
		status.lastAppliedOn().ifPresent((time) -> builder.withDetail("lastAppliedOn", time.toString()));
		builder.withDetail("historyTable", status.historyTable()).withDetail("mode", this.mode.name().toLowerCase(Locale.ROOT));
		for (MigrationState state : LISTED) {
			List<String> versions = status.inState(state)
				.stream()
				.map(MigrationInfo::version)
				.map(SchemaVersion::toString)
				.toList();
			if (!versions.isEmpty()) {
				builder.withDetail(state.id(), versions);
			}
		}
		return builder;
	}

	private Status statusOf(SchemaStatus status) {
		boolean unknownVersions = !status.inState(MigrationState.FUTURE).isEmpty() && !this.futureVersionsAccepted;
		if (!status.inState(MigrationState.FAILED).isEmpty() || !status.inState(MigrationState.MODIFIED).isEmpty()
				|| unknownVersions) {
			return Status.DOWN;
		}
		if (!status.inState(MigrationState.PENDING).isEmpty() || !status.inState(MigrationState.IGNORED).isEmpty()) {
			return Status.OUT_OF_SERVICE;
		}
		return Status.UP;
	}

}
