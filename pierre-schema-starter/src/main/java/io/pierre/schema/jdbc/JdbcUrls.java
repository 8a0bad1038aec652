package io.pierre.schema.jdbc;

import java.util.regex.Pattern;

/**
 * What the starter reads out of JDBC URLs, and how it shows them without their secrets.
 */
public final class JdbcUrls {

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

	private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

	private JdbcUrls() {
	}

	/**
	 * The URL with any password in it masked.
	 * @param url a URL
	 * @return the URL, safe to log
	 */
	public static String redact(String url) {
		if (url == null) {
			return null;
		}
		String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1****");
		return USER_INFO.matcher(redacted).replaceAll("$1****@");
	}

	/**
	 * The file of a SQLite location, the part of a JDBC URL after {@code jdbc:sqlite:}.
	 * @param location the location, such as {@code ./data/users.db} or {@code file:x.db?mode=rw}
	 * @return the file's path, or {@code null} for an in-memory database
	 */
	public static String sqliteFile(String location) {
		String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
		int query = path.indexOf('?');
		String parameters = (query < 0) ? "" : path.substring(query);
		path = (query < 0) ? path : path.substring(0, query);
		if (path.isEmpty() || path.equals(":memory:") || parameters.contains("mode=memory")) {
			return null;
		}
		return path;
	}

}
