package io.pierre.sample;

import io.pierre.schema.cli.PierreSchemaCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service on the Pierre schema. With a command such as {@code migrate}, {@code info} or
 * {@code --help} as its first argument, it runs the schema command line instead of starting.
 */
@SpringBootApplication
public class PierreSampleApplication {

	public static void main(String[] args) {
		if (PierreSchemaCommandLine.isCommand(args)) {
			System.exit(PierreSchemaCommandLine.run(args));
		}
		SpringApplication.run(PierreSampleApplication.class, args);
	}

}
