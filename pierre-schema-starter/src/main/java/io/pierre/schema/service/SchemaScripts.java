package io.pierre.schema.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.ServiceMigrationException;
import io.pierre.schema.jdbc.DatabaseKind;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A service's schema scripts, found and run as Boot's SQL initialization finds and runs them.
 */
final class SchemaScripts {

	private static final String OPTIONAL = "optional:";

	private final List<String> locations;

	private final String separator;

	SchemaScripts(List<String> locations, String separator) {
		this.locations = locations;
		this.separator = separator;
	}

	void run(DataSource dataSource, DatabaseKind kind, ClassLoader classLoader) {
		Resource[] scripts = resolve(new PathMatchingResourcePatternResolver(classLoader));
		if (scripts.length == 0) {
			return;
		}
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(scripts);
		populator.setSeparator(this.separator);
		try {
			populator.execute(dataSource);
		}
		catch (DataAccessException ex) {
			throw new ServiceMigrationException("The service's schema scripts (" + String.join(", ", this.locations)
					+ ") could not be run on " + kind.productName() + ": " + ex.getMostSpecificCause().getMessage(), ex);
		}
	}

	private Resource[] resolve(PathMatchingResourcePatternResolver resolver) {
		List<Resource> scripts = new ArrayList<>();
		for (String location : this.locations) {
			boolean optional = location.startsWith(OPTIONAL);
			String pattern = optional ? location.substring(OPTIONAL.length()) : location;
			List<Resource> found = found(resolver, pattern);
			if (found.isEmpty() && !optional) {
				throw new ServiceMigrationException("No schema script at " + location, null);
			}
			scripts.addAll(found);
		}
		return scripts.toArray(Resource[]::new);
	}

	private static List<Resource> found(PathMatchingResourcePatternResolver resolver, String pattern) {
		try {
			return Arrays.stream(resolver.getResources(pattern)).filter(Resource::exists).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not look for schema scripts at " + pattern, ex);
		}
	}

}
