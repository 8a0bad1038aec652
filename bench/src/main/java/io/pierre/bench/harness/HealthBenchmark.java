package io.pierre.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5: the cost of a warm health poll. The sample app's packaged jar (and the baseline's,
 * when given), each on its own copy of an up-to-date SQLite file and all running at once, gets
 * warm-up calls, then timed calls of {@code /actuator/health} (every indicator with its details:
 * Boot's {@code db}, the starter's {@code pierreSchema}) and of {@code /actuator/health/ping},
 * which touches no database, over HTTP on 127.0.0.1; the endpoints, and the jars, alternate from
 * one round to the next. Reported: median and 90th percentile per endpoint and per jar, and the
 * ratio of the medians health / ping.
 */
final class HealthBenchmark {

	private static final String DATABASE = "SQLite";

	private static final List<String> ENDPOINTS = List.of("/actuator/health", "/actuator/health/ping");

	private final BenchPaths paths;

	private final ResultTable table;

	private final List<SampleAppJar> jars;

	private final int calls;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	HealthBenchmark(BenchPaths paths, ResultTable table, List<SampleAppJar> jars, int calls) {
		this.paths = paths;
		this.table = table;
		this.jars = List.copyOf(jars);
		this.calls = calls;
	}

	void run() {
		System.err.println("health: " + this.jars.size() + " sample app jar(s) on an up-to-date SQLite file, "
				+ BenchOptions.HEALTH_WARMUP_CALLS + " warm-up and " + this.calls + " timed calls of each endpoint");
		Path template = this.paths.file("health-template.db");
		SqliteFiles.delete(template);
		SchemaSetup.migrate(DatabaseTarget.sqlite(template), null);
		Map<SampleAppJar, RunningSampleApp> apps = new LinkedHashMap<>();
		List<Path> files = new ArrayList<>();
		try {
			for (int i = 0; i < this.jars.size(); i++) {
				Path file = this.paths.file("health-" + i + ".db");
				SqliteFiles.copy(template, file);
				files.add(file);
				apps.put(this.jars.get(i), RunningSampleApp.start(this.paths.java(), this.jars.get(i).jar(), file,
						this.paths.log("health-" + i)));
			}
			Map<SampleAppJar, Map<String, Samples>> measures = new LinkedHashMap<>();
			this.jars.forEach((jar) -> {
				Map<String, Samples> byEndpoint = new LinkedHashMap<>();
				ENDPOINTS.forEach((endpoint) -> byEndpoint.put(endpoint, new Samples()));
				measures.put(jar, byEndpoint);
			});
			for (int round = 0; round < BenchOptions.HEALTH_WARMUP_CALLS; round++) {
				callAll(apps, round, null);
			}
			for (int round = 0; round < this.calls; round++) {
				callAll(apps, round, measures);
			}
			report(measures);
		}
		finally {
			apps.values().forEach(RunningSampleApp::close);
			files.forEach(SqliteFiles::delete);
			SqliteFiles.delete(template);
		}
	}

	/** One call of each endpoint on each app, in an order that turns from round to round. */
	private void callAll(Map<SampleAppJar, RunningSampleApp> apps, int round,
			Map<SampleAppJar, Map<String, Samples>> measures) {
		List<SampleAppJar> jarOrder = new ArrayList<>(apps.keySet());
		List<String> endpointOrder = new ArrayList<>(ENDPOINTS);
		if (round % 2 == 1) {
			Collections.reverse(endpointOrder);
		}
		if ((round / 2) % 2 == 1) {
			Collections.reverse(jarOrder);
		}
		for (SampleAppJar jar : jarOrder) {
			for (String endpoint : endpointOrder) {
				double millis = call(apps.get(jar), endpoint);
				if (measures != null) {
					measures.get(jar).get(endpoint).add(millis);
				}
			}
		}
	}

	private double call(RunningSampleApp app, String endpoint) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + endpoint))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			long start = System.nanoTime();
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			double millis = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			return millis;
		}
		catch (IOException ex) {
			throw new IllegalStateException(endpoint + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void report(Map<SampleAppJar, Map<String, Samples>> measures) {
		measures.forEach((jar, byEndpoint) -> {
			String prefix = (this.jars.size() > 1) ? "[" + jar.label() + "] " : "";
			byEndpoint.forEach((endpoint, samples) -> {
				this.table.add(ResultRow.of("health", DATABASE, prefix + "GET " + endpoint + ", warm, one call", "ms",
						samples));
				this.table.add(single(prefix + "GET " + endpoint + ", warm, one call, 90th percentile", "ms",
						samples.count(), samples.percentile(0.9)));
			});
			this.table.add(single(prefix + "GET " + ENDPOINTS.get(0) + " / GET " + ENDPOINTS.get(1)
					+ ", ratio of the medians", "x", this.calls,
					byEndpoint.get(ENDPOINTS.get(0)).median() / byEndpoint.get(ENDPOINTS.get(1)).median()));
		});
		if (this.jars.size() > 1) {
			Samples current = measures.get(this.jars.get(0)).get(ENDPOINTS.get(0));
			Samples baseline = measures.get(this.jars.get(1)).get(ENDPOINTS.get(0));
			this.table.add(single("GET " + ENDPOINTS.get(0) + ", " + this.jars.get(0).label() + " / "
					+ this.jars.get(1).label() + ", ratio of the medians", "x", this.calls,
					current.median() / baseline.median()));
		}
	}

	private static ResultRow single(String subject, String unit, int runs, double value) {
		return new ResultRow("health", DATABASE, subject, unit, runs, value, Double.NaN, Double.NaN, "", "");
	}

}
