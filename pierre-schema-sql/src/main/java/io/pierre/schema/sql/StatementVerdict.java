package io.pierre.schema.sql;

import java.util.List;

/**
 * What a database said of a statement when it was prepared.
 *
 * @param error the database's error, or {@code null} if the statement prepares
 * @param parameters the number of its parameters (0 where it does not prepare)
 * @param columns the columns of its result, empty where it has none
 */
record StatementVerdict(String error, int parameters, List<ResultColumn> columns) {

	StatementVerdict {
		columns = List.copyOf(columns);
	}

	static StatementVerdict failed(String error) {
		return new StatementVerdict(error, 0, List.of());
	}

	boolean prepared() {
		return this.error == null;
	}

}
