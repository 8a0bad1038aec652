package io.pierre.schema.history;

import java.util.Locale;

/**
 * Where one migration stands in a database.
 */
public enum MigrationState {

	/** Applied, and the script is the one that was applied. */
	APPLIED(false),

	/** Not applied yet, up to the target. */
	PENDING(true),

	/** Not applied, and beyond the configured target. */
	ABOVE_TARGET(false),

	/** Recorded as failed: the database may be half way through it. */
	FAILED(true),

	/** Applied, but the embedded script is no longer the one that was applied. */
	MODIFIED(true),

	/** Not applied although a newer version is: skipped out of order. */
	IGNORED(true),

	/** Applied by a newer release of the starter: this one does not know it. */
	FUTURE(false),

	/** There before the history began: covered by a baseline, as in an adopted sqlx database. */
	BASELINE(false);

	private final boolean needsAttention;

	MigrationState(boolean needsAttention) {
		this.needsAttention = needsAttention;
	}

	/**
	 * The state's name as the {@code info} command and the actuator endpoint show it, such as
	 * {@code applied} or {@code above_target}, so that both read alike.
	 * @return the lower-case name
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the database cannot be called up to date while a migration is in this state.
	 * @return whether it needs attention
	 */
	public boolean needsAttention() {
		return this.needsAttention;
	}

}
