package io.pierre.schema.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;

/**
 * A statement that the service's code ran during a test.
 *
 * @param sql the statement as sent, with {@code ?} placeholders
 * @param parameterTypes the {@link java.sql.Types} of its parameters as the code bound them,
 * {@code null} where unknown
 * @param ranOn the database it ran on
 * @param test the test that ran it first
 * @param migrations the service's own migrations in the database it ran on, which the other
 * database gets too before the statement is prepared there
 */
record RecordedStatement(String sql, List<Integer> parameterTypes, DatabaseKind ranOn, String test,
		ServiceMigrations migrations) {

	RecordedStatement {
		parameterTypes = Collections.unmodifiableList(new ArrayList<>(parameterTypes));
	}

	/**
	 * Whether another recording is the same statement, bound the same way, on the same database,
	 * whichever test ran it.
	 * @param other the other recording
	 * @return whether one check covers both
	 */
	boolean sameAs(RecordedStatement other) {
		return this.sql.equals(other.sql) && this.parameterTypes.equals(other.parameterTypes)
				&& this.ranOn == other.ranOn && this.migrations.equals(other.migrations);
	}

}
