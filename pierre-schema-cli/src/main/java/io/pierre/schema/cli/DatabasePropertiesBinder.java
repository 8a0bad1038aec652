package io.pierre.schema.cli;

import java.util.LinkedHashMap;
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
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * Binds {@code pierre.database.*} with Spring Boot's binder into the starter's own properties,
 * so that defaults, conversions and messages are the starter's. Sources, first wins: the command
 * line's options and {@code --pierre.database.*} properties, then the service's own environment
 * ({@link ServiceEnvironment}), in which {@code DATABASE_URL} stands as the URL below the
 * environment variables and above the service's files. Without a URL there, the service's
 * DataSource ({@code spring.datasource.url}, {@code username}, {@code password}) is the
 * database, as it is the schema's at runtime. A property name that the starter does not know is a
 * usage error on the command line, as a mistyped {@code target} must not quietly migrate to the
 * newest version.
 */
final class DatabasePropertiesBinder {

	private static final String PREFIX = "pierre.database";

	private static final String DATABASE_URL = "DATABASE_URL";

	private final CommandLine commandLine;

	private final CommandContext context;

	DatabasePropertiesBinder(CommandLine commandLine, CommandContext context) {
		this.commandLine = commandLine;
		this.context = context;
	}

	PierreDatabaseProperties bind(Map<String, String> commandLineProperties, List<String> springArguments) {
		ConfigurableEnvironment environment = this.context.serviceEnvironment().get(springArguments);
		MapPropertySource arguments = new MapPropertySource("pierreCommandLine",
				Map.<String, Object>copyOf(commandLineProperties));
		environment.getPropertySources().addFirst(arguments);
		String databaseUrl = this.context.environment().get(DATABASE_URL);
		if (StringUtils.hasText(databaseUrl)) {
			environment.getPropertySources()
				.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new MapPropertySource(DATABASE_URL, Map.of(PREFIX + ".url", databaseUrl)));
		}
		if (!StringUtils.hasText(environment.getProperty(PREFIX + ".url"))) {
			addServiceDataSource(environment);
		}
		PierreDatabaseProperties properties;
		try {
			properties = Binder.get(environment)
				.bindOrCreate(PREFIX, Bindable.of(PierreDatabaseProperties.class), new NoUnboundElementsBindHandler(
						BindHandler.DEFAULT, (source) -> source.getUnderlyingSource() == arguments));
		}
		catch (BindException ex) {
			throw translate(ex);
		}
		if (!StringUtils.hasText(properties.getUrl())) {
			throw new ParameterException(this.commandLine,
					"No database: give --database-url <URL>, set the DATABASE_URL environment variable, "
							+ "or configure pierre.database.url or spring.datasource.url for the service");
		}
		return properties;
	}

	/** The service's DataSource as the schema's database, its credentials with it. */
	private static void addServiceDataSource(ConfigurableEnvironment environment) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url)) {
			return;
		}
		Map<String, Object> dataSource = new LinkedHashMap<>();
		dataSource.put(PREFIX + ".url", url);
		for (String credential : List.of("username", "password")) {
			String value = environment.getProperty("spring.datasource." + credential);
			if (value != null) {
				dataSource.put(PREFIX + "." + credential, value);
			}
		}
		environment.getPropertySources().addAfter("pierreCommandLine", new MapPropertySource("springDataSource", dataSource));
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
