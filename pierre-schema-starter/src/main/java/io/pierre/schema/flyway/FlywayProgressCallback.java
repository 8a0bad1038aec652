package io.pierre.schema.flyway;

import java.time.Duration;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationListener;

/**
 * Tells a {@link MigrationListener} when each version starts and ends.
 */
final class FlywayProgressCallback implements Callback {

	private final MigrationListener listener;

	private long startNanos;

	FlywayProgressCallback(MigrationListener listener) {
		this.listener = listener;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE
				|| event == Event.AFTER_EACH_MIGRATE_ERROR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		MigrationInfo migration = context.getMigrationInfo();
		if (migration == null || migration.getVersion() == null) {
			return;
		}
		SchemaVersion version = SchemaVersion.of(migration.getVersion().getVersion());
		if (event == Event.BEFORE_EACH_MIGRATE) {
			this.startNanos = System.nanoTime();
			this.listener.versionStarted(version, migration.getDescription());
			return;
		}
		this.listener.versionEnded(version, migration.getDescription(),
				Duration.ofNanos(System.nanoTime() - this.startNanos), event == Event.AFTER_EACH_MIGRATE);
	}

	@Override
	public String getCallbackName() {
		return "pierre-progress";
	}

}
