package io.pierre.bench.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bench app: a Boot application with a DataSource and nothing else of its own. Which schema
 * tool it runs (the Pierre starter, Boot's Flyway auto-configuration, or none) is decided by its
 * class path alone. It reports once its context is ready ({@link ReadyReporter}) and exits.
 */
@SpringBootApplication
public class BenchApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args);
		context.close();
	}

}
