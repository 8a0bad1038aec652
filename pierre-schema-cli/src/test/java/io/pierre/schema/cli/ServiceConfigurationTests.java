package io.pierre.schema.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pierre.schema.cli.ServiceProcess.Result;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line reads {@code pierre.database.*} from the service's own configuration, as the
 * service would: its {@code application.yaml} in the jar (a folder at the head of the class path
 * here) and beside it (the working folder), its profiles, {@code spring.config.import}, system
 * properties and environment variables, with the command line's own options and
 * {@code DATABASE_URL} on top, and the service's DataSource where it names no Pierre database.
 * Each service runs as a process; {@code info} on a SQLite file that does not exist names the
 * file it was given, and creates nothing.
 */
class ServiceConfigurationTests {

	@TempDir
	Path dir;

	@TempDir
	Path jar;

	@Test
	void aUrlOnlyInTheJarsApplicationYamlIsTheDatabase() throws IOException {
		write(this.jar, "application.yaml", "pierre:\n  database:\n    url: jdbc:sqlite:./in-jar.db\n");
		Result migrate = service().run("migrate");
		assertThat(migrate.exitCode()).as(migrate.all()).isZero();
		assertThat(migrate.out()).contains("applied " + Migrations.versions().size() + " migrations");
		assertThat(this.dir.resolve("in-jar.db")).exists();
		Result info = service().run("info");
		assertThat(info.exitCode()).isZero();
		assertThat(info.out().lines().filter((line) -> line.matches("\\d{14}/applied .+"))).hasSize(Migrations.versions().size());
		assertThat(info.all()).doesNotContain(TestService.STARTED);
	}

	@Test
	void aUrlOnlyInAProfileFileIsTheDatabaseWhereverTheProfileIsSwitchedOn() throws IOException {
		write(this.dir, "application-staging.yaml", "pierre.database.url: jdbc:sqlite:./staging.db\n");
		assertUses(service().run("info", "--spring.profiles.active=staging"), "staging.db");
		assertUses(new ServiceProcess(this.dir, Map.of("SPRING_PROFILES_ACTIVE", "staging")).run("info"),
				"staging.db");
		write(this.jar, "application.properties", "spring.profiles.active=staging\n");
		assertUses(service().run("info"), "staging.db");
		Result without = new ServiceProcess(this.dir, Map.of()).run("info");
		assertThat(without.exitCode()).isEqualTo(2);
		assertThat(without.err()).startsWith("No database: ");
	}

	@Test
	void theServicesDataSourceIsTheDatabaseWhenNoPierreDatabaseIsConfigured() throws IOException {
		write(this.jar, "application.yaml",
				"spring:\n  datasource:\n    url: jdbc:sqlite:./service.db\n    username: ignored-by-sqlite\n");
		assertUses(service().run("info"), "service.db");
		write(this.dir, "application.yaml", "pierre.database.url: jdbc:sqlite:./pierre.db\n");
		assertUses(service().run("info"), "pierre.db");
	}

	@Test
	void theServicesPostgresqlDataSourceWithItsCredentials() throws IOException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			write(this.jar, "application.yaml", "spring:\n  datasource:\n    url: " + database.url() + "\n    username: "
					+ database.username() + "\n    password: '" + database.password() + "'\n");
			Result migrate = service().run("migrate");
			assertThat(migrate.exitCode()).as(migrate.all()).isZero();
			assertThat(migrate.out()).contains("applied " + Migrations.versions().size() + " migrations").contains("(PostgreSQL ");
		}
	}

	@Test
	void aFileThatTheConfigurationImportsIsRead() throws IOException {
		write(this.dir, "secrets/database.properties", "pierre.database.url=jdbc:sqlite:./imported.db\n");
		write(this.jar, "application.yaml", "spring:\n  config:\n    import: file:./secrets/database.properties\n");
		assertUses(service().run("info"), "imported.db");
		write(this.jar, "application.yaml", "pierre.database.url: jdbc:sqlite:./plain.db\n");
		assertUses(service().run("info", "--spring.config.import=file:./secrets/database.properties"),
				"imported.db");
		assertUses(service().run("info", "--spring.config.location=file:./secrets/database.properties"),
				"imported.db");
	}

	@Test
	void eachSourceWinsOverTheNext() throws IOException {
		write(this.jar, "application.yaml", "pierre.database.url: jdbc:sqlite:./jar.db\n");
		assertUses(service().run("info"), "jar.db");
		write(this.jar, "application-p.yaml", "pierre.database.url: jdbc:sqlite:./jar-profile.db\n");
		assertUses(service().run("info", "--spring.profiles.active=p"), "jar-profile.db");
		write(this.dir, "application.yaml", "pierre.database.url: jdbc:sqlite:./beside.db\n");
		assertUses(service().run("info", "--spring.profiles.active=p"), "beside.db");
		write(this.dir, "application-p.yaml", "pierre.database.url: jdbc:sqlite:./beside-profile.db\n");
		assertUses(service().run("info", "--spring.profiles.active=p"), "beside-profile.db");
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("DATABASE_URL", "sqlite:./database-url.db");
		assertUses(service(environment).run("info", "--spring.profiles.active=p"), "database-url.db");
		environment.put("PIERRE_DATABASE_URL", "sqlite:./variable.db");
		assertUses(service(environment).run("info", "--spring.profiles.active=p"), "variable.db");
		ServiceProcess withProperty = service(environment).withJvmOptions("-Dpierre.database.url=sqlite:./property.db");
		assertUses(withProperty.run("info", "--spring.profiles.active=p"), "property.db");
		assertUses(withProperty.run("info", "--spring.profiles.active=p", "--pierre.database.url=sqlite:./option.db"),
				"option.db");
		assertUses(withProperty.run("info", "--spring.profiles.active=p", "-D", "sqlite:./short-option.db"),
				"short-option.db");
	}

	@Test
	void propertiesOtherThanTheUrlComeFromTheServiceToo() throws IOException {
		write(this.jar, "application.yaml",
				"pierre:\n  database:\n    url: jdbc:sqlite:./x.db\n    target: '20250120000002'\n");
		Result migrate = service().run("migrate");
		assertThat(migrate.exitCode()).as(migrate.all()).isZero();
		assertThat(migrate.out()).contains("applied 2 migrations");
		write(this.jar, "application.yaml", "pierre:\n  database:\n    url: jdbc:sqlite:./x.db\n    target: nonsense\n");
		Result invalid = service().run("info");
		assertThat(invalid.exitCode()).isEqualTo(1);
		assertThat(invalid.err()).contains("pierre.database.target 'nonsense' is not a migration version");
		Result unknown = service().run("info", "--pierre.database.targt=20250120000002");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("Unknown option: --pierre.database.targt");
	}

	private void assertUses(Result result, String file) {
		assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
		assertThat(result.err()).startsWith("Error: The SQLite database ")
			.contains(this.dir.resolve(file).toString() + " does not exist");
		assertThat(result.out()).isEmpty();
		try (var files = Files.list(this.dir)) {
			assertThat(files.map(Path::getFileName).map(Path::toString).filter((name) -> name.endsWith(".db")))
				.as("read-only: no database created")
				.isEmpty();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ServiceProcess service() {
		return service(Map.of());
	}

	private ServiceProcess service(Map<String, String> environment) {
		return new ServiceProcess(this.dir, environment).withResources(this.jar);
	}

	private static void write(Path folder, String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
	}

}
