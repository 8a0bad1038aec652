package io.pierre.schema.sql;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;

import javax.annotation.processing.Filer;
import javax.sql.DataSource;
import javax.tools.StandardLocation;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrationDiscovery;
import io.pierre.schema.service.ServiceMigrations;

/**
 * Finds the service's own migrations where Spring Boot finds them, with the starter's code that
 * the test-time checks use too: in the compilation's class output, where the build has copied
 * the service's resources ({@code application.yaml}, {@code db/migration}) before compiling.
 * {@value SqlCheckOptions#MIGRATIONS} names Flyway locations instead. Where no file is found there,
 * nothing is applied.
 */
final class OwnMigrationsLocator {

	private final Filer filer;

	OwnMigrationsLocator(Filer filer) {
		this.filer = filer;
	}

	OwnMigrations locate(SqlCheckOptions options) {
		ClassLoader classLoader = serviceClassLoader();
		ServiceMigrations migrations = options.migrationLocations().isEmpty()
				? ServiceMigrationDiscovery.fromApplicationConfig(classLoader)
				: ServiceMigrations.flyway(options.migrationLocations());
		String fingerprint = migrations.isEmpty() ? "" : MigrationFingerprint.of(migrations, classLoader);
		if (fingerprint.isEmpty()) {
			// Nothing to apply: Flyway is not even loaded.
			return OwnMigrations.NONE;
		}
		return new OwnMigrations() {

			@Override
			public void apply(DataSource dataSource, DatabaseKind kind) {
				migrations.applyTo(dataSource, kind, classLoader);
			}

			@Override
			public String fingerprint() {
				return fingerprint;
			}

		};
	}

	/**
	 * The service's resources in front of the processor's classes: the class output, where there
	 * is one on disk.
	 */
	private ClassLoader serviceClassLoader() {
		ClassLoader processor = PierreSqlProcessor.class.getClassLoader();
		return classOutput().<ClassLoader>map((folder) -> {
			try {
				return new URLClassLoader(new URL[] { folder.toUri().toURL() }, processor);
			}
			catch (MalformedURLException ex) {
				throw new IllegalStateException("The class output " + folder + " is no URL", ex);
			}
		}).orElse(processor);
	}

	private Optional<Path> classOutput() {
		try {
			// Naming a file that is not there writes nothing; its URI says where the folder is.
			URI probe = this.filer.getResource(StandardLocation.CLASS_OUTPUT, "", "pierre-sql.probe").toUri();
			return "file".equals(probe.getScheme()) ? Optional.of(Path.of(probe).getParent()) : Optional.empty();
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
