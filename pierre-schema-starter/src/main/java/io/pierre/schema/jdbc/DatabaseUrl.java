package io.pierre.schema.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.InvalidSettingException;

/**
 * A database location as the starter accepts it, reduced to a JDBC URL and credentials. Besides
 * JDBC URLs it takes the forms of the original server's {@code DATABASE_URL}:
 * {@code sqlite:./data/users.db}, {@code sqlite::memory:}, {@code postgres://user:pass@host:5432/db}
 * and {@code postgresql://...?sslmode=require}. A password found in the URL is moved to
 * {@link #password()}, so that the URL that connections, logs and messages see carries none.
 *
 * @param kind the database
 * @param jdbcUrl the JDBC URL, without a password
 * @param username the user, or {@code null}
 * @param password the password, or {@code null}
 */
public record DatabaseUrl(DatabaseKind kind, String jdbcUrl, String username, String password) {

	private static final String SQLITE_JDBC = "jdbc:sqlite:";

	private static final String POSTGRESQL_JDBC = "jdbc:postgresql:";

	@Override
	public String toString() {
		return "DatabaseUrl[" + JdbcUrls.redact(this.jdbcUrl) + ", username=" + this.username + "]";
	}

	/**
	 * Parses a URL; credentials given separately win over those in the URL.
	 * @param property the property that holds the URL, for messages
	 * @param url the URL
	 * @param username the user given separately, or {@code null}
	 * @param password the password given separately, or {@code null}
	 * @return the parsed URL
	 * @throws InvalidSettingException if the URL is malformed
	 * @throws UnsupportedDatabaseException if it names another database
	 */
	public static DatabaseUrl parse(String property, String url, String username, String password) {
		return parseUrl(property, url.trim(), blankToNull(username), blankToNull(password));
	}

	private static DatabaseUrl parseUrl(String property, String trimmed, String username, String password) {
		if (trimmed.startsWith(SQLITE_JDBC)) {
			return new DatabaseUrl(DatabaseKind.SQLITE, trimmed, username, password);
		}
		if (trimmed.startsWith("sqlite:")) {
			return new DatabaseUrl(DatabaseKind.SQLITE, SQLITE_JDBC + sqlitePath(trimmed.substring("sqlite:".length())),
					username, password);
		}
		if (trimmed.startsWith(POSTGRESQL_JDBC)) {
			// Credentials before the host, which the driver would take for part of the host, are
			// moved out as from a postgres:// URL, so that no password stays in the URL the pool logs.
			String uri = trimmed.substring("jdbc:".length());
			return JdbcUrls.hasUserInfo(uri) ? fromPostgresUri(property, uri, username, password)
					: fromPostgresqlJdbc(property, trimmed, username, password);
		}
		if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
			return fromPostgresUri(property, trimmed, username, password);
		}
		throw UnsupportedDatabaseException.forUrl(property, JdbcUrls.redact(trimmed));
	}

	private static String blankToNull(String value) {
		// An empty ${VAR:} default in configuration means "not given".
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String sqlitePath(String location) {
		// sqlx takes sqlite://path, sqlite:path and sqlite::memory:, with options after '?'.
		String path = location.startsWith("//") ? location.substring(2) : location;
		int query = path.indexOf('?');
		return (query < 0) ? path : path.substring(0, query);
	}

	private static DatabaseUrl fromPostgresqlJdbc(String property, String url, String username, String password) {
		int query = url.indexOf('?');
		if (query < 0) {
			return new DatabaseUrl(DatabaseKind.POSTGRESQL, url, username, password);
		}
		List<String> kept = new ArrayList<>();
		String urlUser = null;
		String urlPassword = null;
		for (String parameter : url.substring(query + 1).split("&")) {
			String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
			String value = parameter.contains("=") ? decode(property, url, parameter.substring(parameter.indexOf('=') + 1))
					: "";
			if (name.equals("password")) {
				urlPassword = value;
			}
			else if (name.equals("user")) {
				urlUser = value;
			}
			else if (!parameter.isEmpty()) {
				kept.add(parameter);
			}
		}
		String jdbcUrl = url.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
		return new DatabaseUrl(DatabaseKind.POSTGRESQL, jdbcUrl, (username != null) ? username : urlUser,
				(password != null) ? password : urlPassword);
	}

	private static DatabaseUrl fromPostgresUri(String property, String url, String username, String password) {
		URI uri = JdbcUrls.databaseUri(url);
		if (uri == null) {
			throw malformed(property, url, unreadable(url));
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		String urlUser = null;
		String urlPassword = null;
		if (uri.getRawUserInfo() != null) {
			String userInfo = uri.getRawUserInfo();
			int colon = userInfo.indexOf(':');
			urlUser = decode(property, url, (colon < 0) ? userInfo : userInfo.substring(0, colon));
			urlPassword = (colon < 0) ? null : decode(property, url, userInfo.substring(colon + 1));
		}
		return fromPostgresqlJdbc(property, POSTGRESQL_JDBC + "//" + uri.getHost() + port + path + query,
				(username != null) ? username : urlUser, (password != null) ? password : urlPassword);
	}

	private static String unreadable(String url) {
		try {
			URI uri = new URI(url);
			return (uri.getHost() == null) ? "it names no host"
					: "its user and password cannot be told from the rest; percent-encode '@', ':', '/', '?' and '#' in them";
		}
		catch (URISyntaxException ex) {
			return ex.getReason();
		}
	}

	private static String decode(String property, String url, String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw malformed(property, url, "it holds a bad %-escape");
		}
	}

	private static InvalidSettingException malformed(String property, String url, String reason) {
		return new InvalidSettingException(property, JdbcUrls.redact(url), "is not a valid database URL: " + reason);
	}

}
