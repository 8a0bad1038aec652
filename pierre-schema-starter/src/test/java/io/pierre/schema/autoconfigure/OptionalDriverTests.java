package io.pierre.schema.autoconfigure;

import java.io.File;
import java.nio.file.Path;
import java.sql.DriverManager;

import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.testsupport.ForkedJvm;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service on one database can leave the other's JDBC driver out: a PostgreSQL-only service
 * without sqlite-jdbc, a SQLite-only one without the PostgreSQL driver. Left out of the class
 * loader (FilteredClassLoader) and, for good measure, of a JVM's class path.
 */
class OptionalDriverTests {

	static {
		// DriverManager registers the drivers that the context class loader sees when first used:
		// not under a FilteredClassLoader, or the tests that follow in this JVM would find none.
		DriverManager.drivers().count();
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class));

	@TempDir
	Path dir;

	@Test
	void postgresqlWithoutTheSqliteDriver() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.runner.withClassLoader(new FilteredClassLoader("org.sqlite"))
				.withPropertyValues("pierre.database.url=" + database.url(),
						"pierre.database.username=" + database.username(),
						"pierre.database.password=" + database.password())
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(Migrations.history(database.dataSource())).hasSize(Migrations.versions().size());
		}
	}

	@Test
	void sqliteWithoutThePostgresqlDriver() {
		Path file = this.dir.resolve("users.db");
		this.runner.withClassLoader(new FilteredClassLoader("org.postgresql"))
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + file)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(TestSqlite.queryForString(file, "SELECT count(*) FROM pierre_schema_history")).isEqualTo(String.valueOf(Migrations.versions().size()));
	}

	@Test
	void aUrlOfTheDatabaseWhoseDriverIsMissingSaysWhichToAdd() {
		this.runner.withClassLoader(new FilteredClassLoader("org.sqlite"))
			.withPropertyValues("pierre.database.url=jdbc:sqlite:" + this.dir.resolve("users.db"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidSettingException.class)
					.hasMessageContaining("pierre.database.url")
					.hasMessageContaining("org.sqlite.JDBC")
					.hasMessageContaining("add org.xerial:sqlite-jdbc");
			});
		assertThat(this.dir.resolve("users.db")).doesNotExist();
	}

	@Test
	void postgresqlServiceStartsInAJvmWithoutSqliteJdbc() throws Exception {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			ForkedJvm.Result result = new ForkedJvm().without("sqlite-jdbc-")
				.run(ForkedApplication.class, "--pierre.database.url=" + database.url(),
						"--pierre.database.username=" + database.username(),
						"--pierre.database.password=" + database.password(), "--spring.flyway.enabled=false");
			assertThat(result.classpath()).doesNotContain("sqlite-jdbc-");
			assertThat(result.exitCode()).as(result.output()).isZero();
			assertThat(Migrations.history(database.dataSource())).hasSize(Migrations.versions().size());
		}
	}

	@Test
	void sqliteServiceStartsInAJvmWithoutThePostgresqlDriver() throws Exception {
		Path file = this.dir.resolve("users.db");
		ForkedJvm.Result result = new ForkedJvm().without("postgresql-")
			.run(ForkedApplication.class, "--pierre.database.url=jdbc:sqlite:" + file, "--spring.flyway.enabled=false");
		assertThat(result.classpath()).doesNotContain(File.separator + "postgresql-");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(TestSqlite.queryForString(file, "SELECT count(*) FROM pierre_schema_history")).isEqualTo(String.valueOf(Migrations.versions().size()));
	}

}
