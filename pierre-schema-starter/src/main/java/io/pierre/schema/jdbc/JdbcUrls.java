package io.pierre.schema.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the starter reads out of JDBC URLs, and how it shows them without their secrets.
 */
public final class JdbcUrls {

	private static final String MASK = "****";

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern PORT = Pattern.compile("\\d*");

	private JdbcUrls() {
	}

	/**
	 * The URL with any password in it masked: a password in its user information, and the values of
	 * {@code password} parameters. A URL that is not well-formed is masked from the first colon of
	 * its authority to its last {@code @}, since its password may hold any character.
	 * @param url a URL, taken whole (a password may hold spaces)
	 * @return the URL, safe to log
	 */
	public static String redact(String url) {
		if (url == null) {
			return null;
		}
		return PASSWORD_PARAMETER.matcher(redactUserInfo(url)).replaceAll("$1" + MASK);
	}

	/**
	 * A text with any password of the URLs in it masked, each word on its own, as
	 * {@link #redact(String)} masks a URL.
	 * @param text a text that may quote URLs, such as a driver's message or a command line
	 * @return the text, safe to log
	 */
	public static String redactText(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder redacted = new StringBuilder(text.length());
		Matcher gaps = WHITESPACE.matcher(text);
		int start = 0;
		while (gaps.find()) {
			redacted.append(redact(text.substring(start, gaps.start()))).append(gaps.group());
			start = gaps.end();
		}
		return redacted.append(redact(text.substring(start))).toString();
	}

	/**
	 * Whether a URL has user information before its host: a well-formed one that has it, or one
	 * that is not well-formed and holds an {@code @} after its scheme.
	 * @param url a URL such as {@code postgresql://user:pass@host/db}
	 * @return whether it names credentials before its host
	 */
	public static boolean hasUserInfo(String url) {
		URI uri = databaseUri(url);
		if (uri != null) {
			return uri.getRawUserInfo() != null;
		}
		int separator = url.indexOf("://");
		return separator >= 0 && url.indexOf('@', separator) >= 0;
	}

	private static String redactUserInfo(String url) {
		int separator = url.indexOf("://");
		if (separator < 0) {
			return url;
		}
		int schemeStart = separator;
		while (schemeStart > 0 && isSchemeCharacter(url.charAt(schemeStart - 1))) {
			schemeStart--;
		}
		int authority = separator + 3;
		// A second URL in the same text is masked on its own.
		int next = url.indexOf("://", authority);
		int end = (next < 0) ? url.length() : next;
		String rest = (next < 0) ? "" : redactUserInfo(url.substring(end));
		String current = url.substring(0, end);
		int[] password = passwordSpan(current, schemeStart, authority);
		if (password != null) {
			current = current.substring(0, password[0]) + MASK + current.substring(password[1]);
		}
		return current + rest;
	}

	/** Where the password of the URL at {@code schemeStart} is, or {@code null} for none. */
	private static int[] passwordSpan(String url, int schemeStart, int authority) {
		URI uri = databaseUri(url.substring(schemeStart));
		if (uri != null) {
			String userInfo = uri.getRawUserInfo();
			int colon = (userInfo != null) ? userInfo.indexOf(':') : -1;
			return (colon < 0) ? null : new int[] { authority + colon + 1, authority + userInfo.length() };
		}
		int colon = url.indexOf(':', authority);
		if (colon < 0) {
			return null;
		}
		int at = url.lastIndexOf('@');
		if (at > colon) {
			return new int[] { colon + 1, at };
		}
		// No '@': what follows a colon is a port, unless it is no number (a host forgotten).
		int authorityEnd = authorityEnd(url, authority);
		for (String hostAndPort : url.substring(authority, authorityEnd).split(",")) {
			int portColon = hostAndPort.lastIndexOf(':');
			if (portColon >= 0 && !PORT.matcher(hostAndPort.substring(portColon + 1)).matches()) {
				return new int[] { colon + 1, authorityEnd };
			}
		}
		return null;
	}

	/**
	 * A database URL read as a URI, where it can be read one way only: it names a host, and
	 * has no fragment, no empty port and no {@code @} in its path, any of which a password holding
	 * an unencoded {@code #}, {@code ?} or {@code /} would make.
	 * @param url a URL such as {@code postgres://user:pass@host/db}
	 * @return the URI, or {@code null} if it is malformed or could be read more ways than one
	 */
	public static URI databaseUri(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		boolean unambiguous = uri.getHost() != null && uri.getRawFragment() == null
				&& !uri.getRawAuthority().endsWith(":") && (uri.getRawPath() == null || !uri.getRawPath().contains("@"));
		return unambiguous ? uri : null;
	}

	private static int authorityEnd(String url, int authority) {
		int end = url.length();
		for (char delimiter : new char[] { '/', '?', '#' }) {
			int index = url.indexOf(delimiter, authority);
			if (index >= 0 && index < end) {
				end = index;
			}
		}
		return end;
	}

	private static boolean isSchemeCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
				|| c == '.';
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
