package io.pierre.schema.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pierre.schema.InvalidSettingException;
import io.pierre.schema.autoconfigure.PierreDatabaseProperties;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Binds {@code pierre.database.*} with Spring Boot's binder into the starter's own properties,
 * so that defaults, conversions and messages are the starter's. Sources, first wins: the command
 * line, the {@code PIERRE_DATABASE_*} environment variables, then {@code DATABASE_URL} as the
 * URL. A property name that the starter does not know is a usage error, as a mistyped
 * {@code target} must not quietly migrate to the newest version.
 */
final class DatabasePropertiesBinder {

	private static final String PREFIX = "pierre.database";

	private static final String DATABASE_URL = "DATABASE_URL";

	private final CommandLine commandLine;

	DatabasePropertiesBinder(CommandLine commandLine) {
		this.commandLine = commandLine;
	}

	PierreDatabaseProperties bind(Map<String, String> commandLineProperties, Map<String, String> environment) {
		MapConfigurationPropertySource arguments = new MapConfigurationPropertySource(commandLineProperties);
		List<ConfigurationPropertySource> sources = new ArrayList<>();
		sources.add(arguments);
		ConfigurationPropertySources
			.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.<String, Object>copyOf(environment)))
			.forEach(sources::add);
		String databaseUrl = environment.get(DATABASE_URL);
		if (databaseUrl != null && !databaseUrl.isBlank()) {
			sources.add(new MapConfigurationPropertySource(Map.of(PREFIX + ".url", databaseUrl)));
		}
		PierreDatabaseProperties properties;
		try {
			properties = new Binder(sources).bindOrCreate(PREFIX, Bindable.of(PierreDatabaseProperties.class),
					new NoUnboundElementsBindHandler(BindHandler.DEFAULT,
							(source) -> source == arguments));
		}
		catch (BindException ex) {
			throw translate(ex);
		}
		if (properties.getUrl() == null || properties.getUrl().isBlank()) {
			throw new ParameterException(this.commandLine,
					"No database: give --database-url <URL>, or set the DATABASE_URL environment variable");
		}
		return properties;
	}

	private RuntimeException translate(BindException ex) {
		if (ex.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
			return new ParameterException(this.commandLine, "Unknown option: "
					+ unbound.getUnboundProperties()
						.stream()
						.map((property) -> "--" + property.getName())
						.sorted()
						.collect(Collectors.joining(", "))
					+ " (not a pierre.database property)");
		}
		ConfigurationProperty property = ex.getProperty();
		String name = (property != null) ? property.getName().toString() : ex.getName().toString();
		String value = (property != null) ? String.valueOf(property.getValue()) : "";
		return new InvalidSettingException(name, value,
				"is not valid: " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
	}

}
