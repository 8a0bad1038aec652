package io.pierre.schema.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import io.pierre.schema.PierreSchemaException;
import io.pierre.schema.actuate.PierreDatabaseSanitizingFunction;
import io.pierre.schema.actuate.SecretRedactor;
import io.pierre.schema.autoconfigure.GeneratedUrl.Form;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.jdbc.DatabaseUrl;
import io.pierre.schema.jdbc.JdbcUrls;
import io.pierre.schema.jdbc.PierreDataSourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Sanitizer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The masking of passwords tried on many URLs rather than a handful: {@value #COUNT} URLs made up
 * by a seeded generator ({@link GeneratedUrl}: every form the starter accepts, passwords with
 * delimiters, escapes, quotes and letters beyond ASCII, and malformed URLs), each through the
 * parsing of {@code pierre.database.url}, the pool factory's checks, the failure report, the
 * redaction of messages, and the actuator's sanitizing of every value that carries it. No output
 * holds the password, and no exception but the starter's own escapes.
 */
class GeneratedUrlSecretsTests {

	static final int COUNT = 10_000;

	private static final long SEED = 0x5EC2E75L;

	/** The forms that are well-formed URLs, whose password the starter reads and whose rest it shows. */
	private static final Set<Form> WELL_FORMED = EnumSet.of(Form.POSTGRES_URI, Form.POSTGRESQL_URI,
			Form.POSTGRES_URI_QUERY, Form.JDBC_QUERY, Form.JDBC_USER_INFO);

	private final Sanitizer sanitizer = new Sanitizer(List.of(new PierreDatabaseSanitizingFunction()));

	private final PierreDataSourceFactory factory = new PierreDataSourceFactory(Duration.ofSeconds(1),
			Duration.ofSeconds(1), "WAL");

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void noPasswordInAnyOutputAndOnlyTheStartersExceptions() {
		Random random = new Random(SEED);
		Map<Form, Integer> refused = new EnumMap<>(Form.class);
		Map<Form, Integer> tried = new EnumMap<>(Form.class);
		for (int i = 0; i < COUNT; i++) {
			GeneratedUrl generated = GeneratedUrl.next(random, this.folder.toString());
			tried.merge(generated.form(), 1, Integer::sum);
			List<String> outputs = new ArrayList<>();
			if (!parse(generated, outputs)) {
				refused.merge(generated.form(), 1, Integer::sum);
			}
			redact(generated, outputs);
			sanitize(generated, outputs);
			List<String> forms = passwordForms(generated);
			for (String output : outputs) {
				for (String form : forms) {
					if (output != null && output.contains(form)) {
						fail("URL #%d (seed %d) %s: its password %s shows in %s", i, SEED, generated.url(), form, output);
					}
				}
			}
		}
		assertThat(tried.keySet()).containsExactlyInAnyOrder(Form.values());
		// The malformed forms and other databases are refused, every time.
		assertThat(refused).containsOnlyKeys(Form.RAW_USER_INFO, Form.BAD_ESCAPE, Form.NO_HOST, Form.OTHER_DATABASE,
				Form.BAD_PORT, Form.JDBC_SQLITE);
		for (Form form : List.of(Form.BAD_ESCAPE, Form.NO_HOST, Form.OTHER_DATABASE, Form.BAD_PORT)) {
			assertThat(refused.get(form)).as(form.name()).isEqualTo(tried.get(form));
		}
	}

	/** Parses the URL and makes its pool; whether that succeeded. */
	private boolean parse(GeneratedUrl generated, List<String> outputs) {
		DatabaseUrl url;
		try {
			url = DatabaseUrl.parse("pierre.database.url", generated.url(), null, null);
		}
		catch (Throwable ex) {
			report(generated, ex, outputs);
			return false;
		}
		outputs.add(url.toString());
		if (url.kind() == DatabaseKind.POSTGRESQL) {
			// Moved out of the URL, which the pool and its debug log see.
			outputs.add(url.jdbcUrl());
		}
		if (WELL_FORMED.contains(generated.form())) {
			assertThat(url.password()).as(generated.url()).isEqualTo(generated.password());
		}
		try (HikariDataSource dataSource = this.factory.create(url)) {
			outputs.add(dataSource.getJdbcUrl().replaceAll("(?i)([?&;]password=)[^&#;]*", "$1<masked>"));
			return true;
		}
		catch (Throwable ex) {
			report(generated, ex, outputs);
			return false;
		}
	}

	private void report(GeneratedUrl generated, Throwable ex, List<String> outputs) {
		if (!(ex instanceof PierreSchemaException pierre)) {
			throw new AssertionError("URL " + generated.url() + " escaped as " + ex, ex);
		}
		StringWriter trace = new StringWriter();
		ex.printStackTrace(new PrintWriter(trace));
		outputs.add(trace.toString());
		outputs.add(pierre.getAction());
		FailureAnalysis analysis = new PierreSchemaFailureAnalyzer().analyze(new IllegalStateException("wrapped", ex));
		outputs.add(analysis.getDescription());
		outputs.add(analysis.getAction());
	}

	private void redact(GeneratedUrl generated, List<String> outputs) {
		String url = generated.url();
		outputs.add(JdbcUrls.redact(url));
		// A text is masked word by word: a password written with a space in it is masked there as
		// the configured secret that it is.
		if (!generated.written().matches("(?s).*\\s.*")) {
			outputs.add(JdbcUrls.redactText("FATAL: could not connect to " + url + " after 10 s"));
			outputs.add(new SecretRedactor(List.of()).redact("Connection to " + url + " refused."));
		}
		outputs.add(new SecretRedactor(List.of(generated.password())).redact("Connection to " + url + " refused: "
				+ "password authentication failed for " + generated.password()));
	}

	private void sanitize(GeneratedUrl generated, List<String> outputs) {
		String url = generated.url();
		Object shown = sanitize("pierre.database.url", url);
		outputs.add(String.valueOf(shown));
		if (WELL_FORMED.contains(generated.form())) {
			assertThat(shown).asString().as(url).contains(generated.host()).contains("/pierre").contains("****");
		}
		outputs.add(String.valueOf(sanitize("PIERRE_DATABASE_URL", url)));
		outputs.add(String.valueOf(sanitize("DATABASE_URL", url)));
		outputs.add(String.valueOf(sanitize("pierre.database.password", generated.password())));
		Object commandLine = sanitize("sun.java.command", "pierre-schema-sample-app.jar --spring.profiles.active=postgres "
				+ "--pierre.database.url=" + url + " --pierre.database.password=" + generated.password()
				+ " --server.port=0");
		outputs.add(String.valueOf(commandLine));
		assertThat(commandLine).asString().contains("--spring.profiles.active=postgres ").endsWith(" --server.port=0");
		String nested = this.json.writeValueAsString(
				Map.of("pierre", Map.of("database", Map.of("url", url, "password", generated.password()))));
		String flat = this.json.writeValueAsString(
				Map.of("pierre.database.url", url, "pierre.database.password", generated.password(), "server.port", 0));
		outputs.add(String.valueOf(sanitize("spring.application.json", nested)));
		outputs.add(String.valueOf(sanitize("SPRING_APPLICATION_JSON", flat)));
		outputs.add(String.valueOf(sanitize("sun.java.command", "app.jar --spring.application.json=" + nested)));
	}

	private Object sanitize(String key, String value) {
		MapPropertySource source = new MapPropertySource("test", Map.of(key, value));
		return this.sanitizer.sanitize(new SanitizableData(source, key, value), true);
	}

	/** The password as meant, as written in the URL, percent-encoded, and escaped inside JSON. */
	private List<String> passwordForms(GeneratedUrl generated) {
		String encoded = URLEncoder.encode(generated.password(), StandardCharsets.UTF_8).replace("+", "%20");
		String inJson = this.json.writeValueAsString(generated.password());
		return List.of(generated.password(), generated.written(), encoded, inJson.substring(1, inJson.length() - 1));
	}

}
