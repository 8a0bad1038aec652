package io.pierre.schema.locks;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * A session that holds a lock that a migration's statement waits for, as
 * {@code pg_stat_activity} shows it.
 *
 * @param pid the session's backend process id
 * @param applicationName the application name it gave
 * @param state its state, such as {@code idle in transaction}
 * @param queryStart when its current or last query started
 * @param query the start of that query, its literals replaced by {@code ?}
 */
public record BlockingSession(int pid, String applicationName, String state, OffsetDateTime queryStart, String query) {

	/** How much of a blocker's query is shown. */
	static final int QUERY_LENGTH = 100;

	/** Quoted strings and numbers: the values a query text may carry. */
	private static final Pattern LITERALS = Pattern.compile("'(?:[^']|'')*'?|\\b\\d+(?:\\.\\d+)?\\b");

	/**
	 * The start of a query with its values left out.
	 * @param query the query text
	 * @return what may be logged of it
	 */
	static String withoutValues(String query) {
		if (query == null) {
			return "";
		}
		String shown = LITERALS.matcher(query.strip().replaceAll("\\s+", " ")).replaceAll("?");
		return (shown.length() > QUERY_LENGTH) ? shown.substring(0, QUERY_LENGTH) + "..." : shown;
	}

	@Override
	public String toString() {
		return "pid " + this.pid + " (application '" + this.applicationName + "', " + this.state + ", query started "
				+ this.queryStart + ": " + this.query + ")";
	}

}
