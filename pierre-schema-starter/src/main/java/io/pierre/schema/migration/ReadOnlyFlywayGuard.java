package io.pierre.schema.migration;

import java.util.EnumSet;
import java.util.Set;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Refuses every Flyway operation that writes, on a Flyway made for reading only (see
 * {@link FlywayMigrationRunner#readOnly}). The Pierre schema is changed through
 * {@link PierreSchemaMigrator}, which on SQLite turns foreign keys off around the migration on one
 * connection; a plain {@code migrate()} would not, and SQLite's table rebuilds would then delete
 * child rows.
 */
final class ReadOnlyFlywayGuard implements Callback {

	private static final Set<Event> WRITES = EnumSet.of(Event.BEFORE_MIGRATE, Event.BEFORE_EACH_MIGRATE,
			Event.BEFORE_UNDO, Event.BEFORE_CLEAN, Event.BEFORE_BASELINE, Event.BEFORE_REPAIR,
			Event.BEFORE_CREATE_SCHEMA);

	@Override
	public boolean supports(Event event, Context context) {
		return WRITES.contains(event);
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		throw new FlywayException("This Flyway shows the Pierre schema's migrations and changes nothing ("
				+ event.getId() + " refused); the schema is migrated by the starter on startup, or with "
				+ PierreSchemaMigrator.class.getSimpleName() + ".migrate()");
	}

	@Override
	public String getCallbackName() {
		return "pierre-read-only";
	}

}
