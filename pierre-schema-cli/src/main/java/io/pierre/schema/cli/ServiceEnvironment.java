package io.pierre.schema.cli;

import java.util.List;
import java.util.Map;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.RandomValuePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The service's own environment, prepared as {@code SpringApplication} prepares it before it
 * creates a context: the {@code --spring.*} arguments, system properties, environment variables,
 * random values, then Boot's config data ({@code application.properties} and {@code .yaml} in the
 * jar and beside it, profile-specific files, {@code spring.config.location} and
 * {@code spring.config.import}), each over the next. No context is created and no bean of the
 * service.
 */
final class ServiceEnvironment {

	private ServiceEnvironment() {
	}

	/**
	 * Prepares the environment.
	 * @param springArguments the command line's {@code --spring.*=value} arguments
	 * @param variables the environment variables
	 * @param classLoader the service's class loader, whose resources are the jar's
	 * @return the environment, with the service's active profiles
	 */
	static ConfigurableEnvironment prepare(List<String> springArguments, Map<String, String> variables,
			ClassLoader classLoader) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.<String, Object>copyOf(variables)));
		if (!springArguments.isEmpty()) {
			environment.getPropertySources()
				.addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
		}
		RandomValuePropertySource.addToEnvironment(environment);
		ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(classLoader),
				new DefaultBootstrapContext(), List.of());
		return environment;
	}

}
