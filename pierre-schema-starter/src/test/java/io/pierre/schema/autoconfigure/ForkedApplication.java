package io.pierre.schema.autoconfigure;

import java.util.Arrays;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with every auto-configuration on its classpath, for tests that start it in a JVM
 * of their own ({@link io.pierre.schema.testsupport.ForkedJvm}). Prints {@code STARTED} once
 * started, then {@code BEAN <name>} for each bean whose name starts with {@code pierre} or
 * {@code flyway}; the arguments are Spring Boot's.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ForkedApplication {

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ForkedApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			System.out.println("STARTED");
			// By name: a type of an optional module would not load where that module is absent.
			Arrays.stream(context.getBeanDefinitionNames())
				.filter((name) -> name.startsWith("pierre") || name.startsWith("flyway"))
				.sorted()
				.forEach((name) -> System.out.println("BEAN " + name));
		}
	}

}
