package io.pierre.schema.autoconfigure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A database URL made up for a test of the starter's masking, with the password it carries (as
 * the user meant it) and the form that password takes inside the URL.
 *
 * @param form which of the {@link Form forms} it is
 * @param url the URL as a user would write it
 * @param password the password as meant
 * @param written the password as written in the URL (percent-encoded or raw)
 * @param host the host, which a masked URL still shows where the URL is well-formed
 */
record GeneratedUrl(Form form, String url, String password, String written, String host) {

	private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	/** What makes URLs hard: their delimiters, escapes, quotes, spaces, and letters beyond ASCII. */
	private static final String SPECIAL = "@:/%?#&=;+'\"\\ ,*!$()[]{}<>|^`~é中ß\u00a0";

	private static final List<String> SUPPLEMENTARY = List.of("\ud83d\udd11", "\ud834\udd1e");

	private static final List<String> HOSTS = List.of("db.internal", "127.0.0.1", "pg-primary.example", "[::1]");

	private static final List<String> USERS = List.of("pierre", "app_user", "bob.smith", "u-42");

	/** Every form that the starter accepts, and the malformed ones that it must refuse safely. */
	enum Form {

		/** {@code postgres://user:pass@host:port/db}, the password percent-encoded. */
		POSTGRES_URI,
		/** {@code postgresql://user:pass@host/db?sslmode=...}. */
		POSTGRESQL_URI,
		/** {@code postgres://host/db?user=...&password=...}. */
		POSTGRES_URI_QUERY,
		/** {@code jdbc:postgresql://host:port/db?user=...&password=...&...}. */
		JDBC_QUERY,
		/** {@code jdbc:postgresql://user:pass@host/db}. */
		JDBC_USER_INFO,
		/** {@code sqlite:./file.db?password=...}, as sqlx options. */
		SQLITE,
		/** {@code jdbc:sqlite:file:x.db?password=...}. */
		JDBC_SQLITE,
		/** The password raw, unencoded, in the user information: not a well-formed URL. */
		RAW_USER_INFO,
		/** A bad %-escape in the password. */
		BAD_ESCAPE,
		/** Credentials but no host. */
		NO_HOST,
		/** Another database's URL. */
		OTHER_DATABASE,
		/** A port that is no number. */
		BAD_PORT

	}

	static GeneratedUrl next(Random random, String sqliteFolder) {
		Form form = Form.values()[random.nextInt(Form.values().length)];
		String host = HOSTS.get(random.nextInt(HOSTS.size()));
		String user = USERS.get(random.nextInt(USERS.size()));
		String password = password(random);
		String encoded = encode(password);
		String port = random.nextBoolean() ? ":" + (1024 + random.nextInt(60000)) : "";
		String database = "/pierre" + random.nextInt(100);
		return switch (form) {
			case POSTGRES_URI -> new GeneratedUrl(form,
					"postgres://" + user + ":" + encoded + "@" + host + port + database, password, encoded, host);
			case POSTGRESQL_URI -> new GeneratedUrl(form, "postgresql://" + user + ":" + encoded + "@" + host + port
					+ database + "?sslmode=" + (random.nextBoolean() ? "require" : "disable"), password, encoded, host);
			case POSTGRES_URI_QUERY -> new GeneratedUrl(form,
					"postgres://" + host + port + database + "?user=" + user + "&password=" + encoded, password, encoded,
					host);
			case JDBC_QUERY -> new GeneratedUrl(form, "jdbc:postgresql://" + host + port + database + "?"
					+ String.join("&", shuffled(random, "user=" + user, "password=" + encoded, "ssl=true")), password,
					encoded, host);
			case JDBC_USER_INFO -> new GeneratedUrl(form,
					"jdbc:postgresql://" + user + ":" + encoded + "@" + host + port + database, password, encoded, host);
			case SQLITE -> new GeneratedUrl(form,
					"sqlite:" + sqliteFolder + "/users" + random.nextInt(10) + ".db?password=" + encoded, password,
					encoded, null);
			case JDBC_SQLITE -> new GeneratedUrl(form,
					"jdbc:sqlite:file:" + sqliteFolder + "?mode=rwc&password=" + encoded, password, encoded, null);
			case RAW_USER_INFO -> new GeneratedUrl(form,
					"postgres://" + user + ":" + password + "@" + host + port + database, password, password, null);
			case BAD_ESCAPE -> {
				String bad = encoded + "%" + (random.nextBoolean() ? "zz" : "4");
				yield new GeneratedUrl(form, "postgres://" + user + ":" + bad + "@" + host + database, password, bad,
						null);
			}
			case NO_HOST -> new GeneratedUrl(form,
					"postgres://" + user + ":" + encoded + "@" + (random.nextBoolean() ? database : ""), password,
					encoded, null);
			case OTHER_DATABASE -> new GeneratedUrl(form, (random.nextBoolean()
					? "mysql://" + user + ":" + encoded + "@" + host + database
					: "jdbc:mysql://" + host + database + "?user=" + user + "&password=" + encoded), password, encoded,
					null);
			case BAD_PORT -> new GeneratedUrl(form,
					"postgres://" + user + ":" + encoded + "@" + host + ":port" + database, password, encoded, null);
		};
	}

	/** 6 to 20 characters, at least one of them a delimiter, an escape, a quote or beyond ASCII. */
	private static String password(Random random) {
		StringBuilder password = new StringBuilder();
		int length = 6 + random.nextInt(15);
		while (password.length() < length) {
			int pick = random.nextInt(10);
			if (pick < 5) {
				password.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
			}
			else if (pick < 9) {
				password.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
			}
			else {
				password.append(SUPPLEMENTARY.get(random.nextInt(SUPPLEMENTARY.size())));
			}
		}
		if (password.chars().allMatch((c) -> PLAIN.indexOf(c) >= 0)) {
			password.setCharAt(random.nextInt(password.length()), SPECIAL.charAt(random.nextInt(SPECIAL.length())));
		}
		return password.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static List<String> shuffled(Random random, String... parts) {
		List<String> list = new java.util.ArrayList<>(List.of(parts));
		java.util.Collections.shuffle(list, random);
		return list;
	}

}
