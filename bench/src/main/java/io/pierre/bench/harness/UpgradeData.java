package io.pierre.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The SQL that fills a database at version 20250120000013 with N users and their rows
 * ({@code upgrade-data.sql} beside this class), written for one database. The rows are made by
 * the database itself from a number series: none passes through the JVM.
 */
final class UpgradeData {

	static final String FROM_VERSION = "20250120000013";

	private static final String NOW = "'2025-01-15T10:20:30.123Z'";

	private UpgradeData() {
	}

	/**
	 * The statements, in order.
	 * @param kind the database
	 * @param users how many users
	 * @return the statements
	 */
	static List<String> statements(DatabaseKind kind, long users) {
		String series = switch (kind) {
			case SQLITE -> "(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < " + users
					+ ") SELECT i FROM s) AS s";
			case POSTGRESQL -> "generate_series(1::bigint, " + users + "::bigint) AS s(i)";
		};
		// A bijection of 1..2^32 scrambles the ids' order, as random UUIDs would be.
		String scrambled = "((i * 2654435761) % 4294967296)";
		String uid = switch (kind) {
			case SQLITE -> "printf('%08x-0000-4000-8000-%012x', " + scrambled + ", i)";
			case POSTGRESQL -> "(lpad(to_hex(" + scrambled + "), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))";
		};
		List<String> statements = new ArrayList<>();
		for (String statement : template().split("\n;\n")) {
			String sql = withoutComments(statement).trim();
			if (!sql.isEmpty()) {
				statements.add(sql.replace("{series}", series).replace("{uid}", uid).replace("{now}", NOW));
			}
		}
		return statements;
	}

	/**
	 * The tables that the statements fill, in order.
	 * @return the table names
	 */
	static List<String> tables() {
		List<String> tables = new ArrayList<>();
		for (String statement : template().split("\n;\n")) {
			String sql = withoutComments(statement).trim();
			if (sql.startsWith("INSERT INTO ")) {
				tables.add(sql.substring("INSERT INTO ".length()).split("[\\s(]")[0]);
			}
		}
		return tables;
	}

	private static String withoutComments(String statement) {
		StringBuilder sql = new StringBuilder();
		for (String line : statement.split("\n")) {
			if (!line.trim().startsWith("--")) {
				sql.append(line).append('\n');
			}
		}
		return sql.toString();
	}

	private static String template() {
		try (InputStream input = UpgradeData.class.getResourceAsStream("upgrade-data.sql")) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
