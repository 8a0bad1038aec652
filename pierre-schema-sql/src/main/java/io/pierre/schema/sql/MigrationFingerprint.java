package io.pierre.schema.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrations;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A short hash of the service's migration files, names and contents: the kept PostgreSQL
 * database and the metadata are per fingerprint, so that a changed migration is not checked
 * against the tables of the one before. A location's {@code {vendor}} is read for each database; a
 * Liquibase changelog counts with every file of its folder.
 */
final class MigrationFingerprint {

	private static final int LENGTH = 12;

	private MigrationFingerprint() {
	}

	/**
	 * Hashes the files of some migrations.
	 * @param migrations the migrations
	 * @param classLoader where their {@code classpath:} locations are
	 * @return the fingerprint, empty where no file is there
	 */
	static String of(ServiceMigrations migrations, ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		Set<String> patterns = new LinkedHashSet<>();
		for (String location : migrations.flywayLocations()) {
			for (DatabaseKind kind : DatabaseKind.values()) {
				String resolved = location.replace("{vendor}", kind.id());
				patterns.add(resolved.startsWith("filesystem:")
						? "file:" + resolved.substring("filesystem:".length()) + "/**/*.sql"
						: "classpath*:" + resolved.replaceFirst("^classpath\\*?:", "") + "/**/*.sql");
			}
		}
		String changeLog = migrations.liquibaseChangeLog();
		if (!changeLog.isEmpty()) {
			// The master changelog's folder: what it includes is usually beside it or below; at the
			// class path's root, only the changelog itself.
			String path = changeLog.replaceFirst("^classpath\\*?:/?", "");
			int slash = path.lastIndexOf('/');
			patterns.add(!changeLog.startsWith("classpath") ? changeLog
					: "classpath*:" + ((slash < 0) ? path : path.substring(0, slash) + "/**/*.*"));
		}
		for (String location : migrations.scriptLocations()) {
			patterns.add(location.replaceFirst("^optional:", ""));
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			int files = 0;
			for (String pattern : patterns) {
				List<Resource> resources = new ArrayList<>(List.of(resolver.getResources(pattern)));
				resources.sort(Comparator.comparing(Resource::getFilename, Comparator.nullsFirst(Comparator.naturalOrder())));
				for (Resource resource : resources) {
					if (!resource.isReadable()) {
						continue;
					}
					digest.update(String.valueOf(resource.getFilename()).getBytes(StandardCharsets.UTF_8));
					try (InputStream content = resource.getInputStream()) {
						digest.update(content.readAllBytes());
					}
					files++;
				}
			}
			return (files == 0) ? "" : HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the service's migrations at " + patterns, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
