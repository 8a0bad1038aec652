package io.pierre.schema.autoconfigure.slice;

import java.nio.file.Path;

import io.pierre.schema.testsupport.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boot's database-initializing test slices ({@code @JdbcTest} here; {@code @DataJdbcTest} and
 * {@code @DataJpaTest} share its {@code AutoConfigureDataSourceInitialization}) run the Pierre
 * migration, as they run Boot's Flyway.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcTestSliceTests {

	@TempDir
	static Path dir;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void pierreDatabase(DynamicPropertyRegistry registry) {
		registry.add("pierre.database.url", () -> "jdbc:sqlite:" + dir.resolve("slice.db"));
	}

	@Test
	void theSchemaIsThereInTheSlice() {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM pierre_schema_history WHERE success", Integer.class))
			.isEqualTo(Migrations.versions().size());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
	}

	@SpringBootConfiguration
	static class SliceApplication {

	}

}
