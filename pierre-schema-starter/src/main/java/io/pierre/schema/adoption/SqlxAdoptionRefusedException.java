package io.pierre.schema.adoption;

import java.util.List;

import io.pierre.schema.SchemaMigrationException;

/**
 * A sqlx-migrated database that the starter will not take over, with every reason; nothing was
 * changed.
 */
public class SqlxAdoptionRefusedException extends SchemaMigrationException {

	private final List<String> problems;

	SqlxAdoptionRefusedException(String summary, List<String> problems) {
		super(summary + ":" + System.lineSeparator() + "  - "
				+ String.join(System.lineSeparator() + "  - ", problems) + System.lineSeparator()
				+ "Nothing was changed.");
		this.problems = List.copyOf(problems);
	}

	/**
	 * What is wrong, one line each.
	 * @return the problems
	 */
	public List<String> getProblems() {
		return this.problems;
	}

}
