package io.pierre.schema.inspect;

import java.util.Objects;

/**
 * A trigger on a table, as the contract names it: what it does is the scripts' to keep, alike on
 * both databases, and their tests' to prove; a comparison sees that it is there and when it fires.
 *
 * @param name the trigger name
 * @param event the statement that fires it: {@code INSERT}, {@code UPDATE} or {@code DELETE}
 */
public record TriggerSchema(String name, String event) {

	public TriggerSchema {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(event, "event");
	}

	/**
	 * The trigger as a comparison reports it.
	 * @return e.g. {@code ON INSERT}
	 */
	public String describe() {
		return "ON " + this.event;
	}

}
