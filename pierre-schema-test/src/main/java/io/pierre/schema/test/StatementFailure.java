package io.pierre.schema.test;

import java.sql.JDBCType;
import java.util.List;
import java.util.stream.Collectors;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * A statement that a database would not prepare.
 *
 * @param statement the statement
 * @param database the database that refused it
 * @param error the database's error
 * @param test the test that ran it, or {@code null} for a statement that was given, not run
 * @param ranOn the database it ran on, or {@code null} for a statement that was given
 * @param parameterTypes the {@link java.sql.Types} of its parameters as they were bound,
 * {@code null} where unknown
 */
public record StatementFailure(String statement, DatabaseKind database, String error, String test, DatabaseKind ranOn,
		List<Integer> parameterTypes) {

	/**
	 * The failure of a given statement.
	 * @param statement the statement
	 * @param database the database that refused it
	 * @param error the database's error
	 * @return the failure
	 */
	static StatementFailure ofGiven(String statement, DatabaseKind database, String error) {
		return new StatementFailure(statement, database, error, null, null, List.of());
	}

	/**
	 * What a report shows of this failure, on a few lines.
	 * @return the description
	 */
	public String describe() {
		StringBuilder text = new StringBuilder("on ").append(this.database.productName())
			.append(": ")
			.append(this.statement.strip());
		if (this.test != null) {
			text.append(System.lineSeparator())
				.append("    ran on ")
				.append(this.ranOn.productName())
				.append(" in ")
				.append(this.test);
			if (!this.parameterTypes.isEmpty()) {
				text.append(" with parameters (").append(typeNames()).append(')');
			}
		}
		String error = String.join(System.lineSeparator() + "      ", this.error.lines().toList());
		return text.append(System.lineSeparator()).append("    error: ").append(error).toString();
	}

	private String typeNames() {
		return this.parameterTypes.stream()
			.map((type) -> (type != null) ? JDBCType.valueOf(type).getName() : "?")
			.collect(Collectors.joining(", "));
	}

	/**
	 * One report of several failures.
	 * @param failures the failures
	 * @return the report
	 */
	static String report(List<StatementFailure> failures) {
		return failures.size() + " statement(s) cannot be prepared against the Pierre schema:" + System.lineSeparator()
				+ failures.stream()
					.map((failure) -> "  - " + failure.describe())
					.collect(Collectors.joining(System.lineSeparator()));
	}

}
