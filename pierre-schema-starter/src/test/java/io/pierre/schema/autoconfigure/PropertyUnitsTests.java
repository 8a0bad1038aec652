package io.pierre.schema.autoconfigure;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the starter's properties read what they are given: bare numbers of timeouts are seconds, as
 * Boot reads such properties, and the journal mode is one of SQLite's, checked when bound.
 */
class PropertyUnitsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class))
		.withPropertyValues("spring.flyway.enabled=false");

	@TempDir
	Path dir;

	@Test
	void bareNumbersOfTimeoutsAreSeconds() {
		this.runner
			.withPropertyValues(url(), "pierre.database.connect-timeout=30", "pierre.database.sqlite.busy-timeout=7")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HikariDataSource dataSource = context.getBean(HikariDataSource.class);
				assertThat(dataSource.getConnectionTimeout()).isEqualTo(30_000);
				assertThat(new JdbcTemplate(dataSource).queryForObject("PRAGMA busy_timeout", Integer.class))
					.isEqualTo(7000);
			});
	}

	@Test
	void journalModeIsBoundInAnyCaseAndAnotherValueRefusedNamingTheProperty() {
		this.runner.withPropertyValues(url(), "pierre.database.sqlite.journal-mode=truncate").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(new JdbcTemplate(context.getBean(HikariDataSource.class))
				.queryForObject("PRAGMA journal_mode", String.class)).isEqualTo("truncate");
		});
		this.runner.withPropertyValues(url(), "pierre.database.sqlite.journal-mode=sometimes").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(bindFailure(context.getStartupFailure()).getProperty().getName())
				.hasToString("pierre.database.sqlite.journal-mode");
		});
	}

	private static BindException bindFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException bind) {
				return bind;
			}
		}
		throw new AssertionError("Not a binding failure", failure);
	}

	private String url() {
		return "pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db");
	}

}
