package io.pierre.schema.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Started in a JVM of its own: starts {@link ForkedApplication}, prints which of Flyway's classes
 * are loaded once it has started ({@code LOADED STARTED <class> <true|false>}). Needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED} to ask the class loader.
 */
public final class FlywayLoadingProbe {

	/** Flyway's entry point, and the configuration every Flyway instance is made from. */
	static final List<String> CLASSES = List.of("org.flywaydb.core.Flyway",
			"org.flywaydb.core.api.configuration.FluentConfiguration",
			"org.flywaydb.core.api.configuration.ClassicConfiguration");

	private FlywayLoadingProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ForkedApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			print("STARTED");
		}
	}

	private static void print(String when) throws Exception {
		// findLoadedClass answers without loading, which Class.forName would do.
		Method findLoadedClass = ClassLoader.class.getDeclaredMethod("findLoadedClass", String.class);
		findLoadedClass.setAccessible(true);
		ClassLoader classLoader = FlywayLoadingProbe.class.getClassLoader();
		for (String name : CLASSES) {
			System.out.println("LOADED " + when + " " + name + " " + (findLoadedClass.invoke(classLoader, name) != null));
		}
	}

}
