package io.pierre.schema.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

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
 * <p>
 * Reading the configuration costs a cold JVM about as long as building and parsing the command
 * line, so it starts on a thread of its own when the command line does and the command takes the
 * result.
 */
final class ServiceEnvironment {

	private static final Pattern SPRING_ARGUMENT = Pattern.compile("--spring\\.[^=]+=.*", Pattern.DOTALL);

	private final List<String> springArguments;

	private final Map<String, String> variables;

	private final ClassLoader classLoader;

	private final FutureTask<ConfigurableEnvironment> preparation;

	private ServiceEnvironment(List<String> springArguments, Map<String, String> variables, ClassLoader classLoader) {
		this.springArguments = springArguments;
		this.variables = variables;
		this.classLoader = classLoader;
		this.preparation = new FutureTask<>(() -> prepare(springArguments));
	}

	/**
	 * Starts preparing the environment that the command line's {@code --spring.*} arguments steer.
	 * @param arguments the command line's arguments
	 * @param variables the environment variables
	 * @param classLoader the service's class loader, whose resources are the jar's
	 * @return the environment being prepared
	 */
	static ServiceEnvironment startPreparing(List<String> arguments, Map<String, String> variables,
			ClassLoader classLoader) {
		ServiceEnvironment environment = new ServiceEnvironment(springArguments(arguments), variables, classLoader);
		Thread thread = new Thread(environment.preparation, "pierre-schema-environment");
		thread.setDaemon(true);
		thread.start();
		return environment;
	}

	/**
	 * The {@code --spring.*=value} arguments among some.
	 * @param arguments the arguments
	 * @return those that steer the service's environment, in their order
	 */
	static List<String> springArguments(List<String> arguments) {
		return arguments.stream().filter(ServiceEnvironment::isSpringArgument).toList();
	}

	/**
	 * Whether an argument steers the service's environment, as {@code --spring.profiles.active=x}.
	 * @param argument the argument
	 * @return whether it is a {@code --spring.*=value} argument
	 */
	static boolean isSpringArgument(String argument) {
		return SPRING_ARGUMENT.matcher(argument).matches();
	}

	/**
	 * The environment, with the service's active profiles.
	 * @param springArguments the command's {@code --spring.*=value} arguments, as its parser found
	 * them
	 * @return the environment, prepared for the command alone
	 */
	ConfigurableEnvironment get(List<String> springArguments) {
		if (!springArguments.equals(this.springArguments)) {
			return prepare(springArguments);
		}
		try {
			return this.preparation.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the service's configuration", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Could not read the service's configuration", ex.getCause());
		}
	}

	private ConfigurableEnvironment prepare(List<String> springArguments) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.<String, Object>copyOf(this.variables)));
		if (!springArguments.isEmpty()) {
			environment.getPropertySources()
				.addFirst(new SimpleCommandLinePropertySource(springArguments.toArray(String[]::new)));
		}
		RandomValuePropertySource.addToEnvironment(environment);
		ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(this.classLoader),
				new DefaultBootstrapContext(), List.of());
		return environment;
	}

}
