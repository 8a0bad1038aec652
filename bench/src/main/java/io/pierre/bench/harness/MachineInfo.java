package io.pierre.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the figures were measured on: cores, memory, Java, kernel, database versions, date, and
 * the load average (the machine may be shared with builds, which makes timings noisy).
 */
final class MachineInfo {

	private MachineInfo() {
	}

	static Map<String, String> describe(PostgresServer postgres, String sqliteShell) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		facts.put("cpu", cpuModel().map((model) -> model + ", ").orElse("")
				+ Runtime.getRuntime().availableProcessors() + " cores");
		facts.put("memory", memory().orElse("unknown"));
		facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		facts.put("sqlite (JDBC)", sqliteJdbc());
		facts.put("sqlite3 shell", ProcessRunner.firstLine(List.of(sqliteShell, "--version")));
		facts.put("postgresql", postgres.serverVersion() + " (" + String.join(", ",
				postgres.settings("shared_buffers", "fsync", "synchronous_commit", "max_wal_size")) + ")");
		facts.put("load average at start", loadAverage());
		return facts;
	}

	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static Optional<String> cpuModel() {
		return procLine("/proc/cpuinfo", "model name").map((line) -> line.substring(line.indexOf(':') + 1).trim());
	}

	private static Optional<String> memory() {
		return procLine("/proc/meminfo", "MemTotal").map((line) -> {
			long kib = Long.parseLong(line.replaceAll("\\D", ""));
			return String.format(java.util.Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
		});
	}

	private static Optional<String> procLine(String file, String key) {
		try {
			return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> line.startsWith(key))
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static String sqliteJdbc() {
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT sqlite_version()")) {
			rows.next();
			return rows.getString(1) + " (sqlite-jdbc " + connection.getMetaData().getDriverVersion() + ")";
		}
		catch (SQLException ex) {
			return "unknown: " + ex.getMessage();
		}
	}

}
