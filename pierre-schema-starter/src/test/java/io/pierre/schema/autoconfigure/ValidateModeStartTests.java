package io.pierre.schema.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;

import io.pierre.schema.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start under {@code pierre.database.mode=validate} writes nothing: no SQLite file or folder is
 * created where none is, and no journal mode, which would persist in the file, is set.
 */
class ValidateModeStartTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class))
		.withPropertyValues("spring.flyway.enabled=false");

	@TempDir
	Path dir;

	@Test
	void missingFileIsReportedAndNothingCreated() {
		Path file = this.dir.resolve("missing/users.db");
		this.runner.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file, "pierre.database.mode=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidSettingException.class)
					.hasMessageContaining("pierre.database.url 'jdbc:sqlite:" + file + "'")
					.hasMessageContaining("does not exist");
			});
		assertThat(this.dir.resolve("missing")).doesNotExist();
	}

	@Test
	void validStartLeavesTheJournalModeAsItWas() throws Exception {
		Path file = this.dir.resolve("users.db");
		String url = "pierre.database.url=jdbc:sqlite:" + file;
		this.runner.withPropertyValues(url, "pierre.database.sqlite.journal-mode=delete")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(journalMode(file)).isEqualTo("delete");
		this.runner.withPropertyValues(url, "pierre.database.mode=validate")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(journalMode(file)).isEqualTo("delete");
		assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
	}

	private static String journalMode(Path file) throws Exception {
		try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:sqlite:" + file, true)) {
			return new JdbcTemplate(dataSource).queryForObject("PRAGMA journal_mode", String.class);
		}
	}

}
