package io.pierre.sample;

import io.pierre.sample.cli.SchemaCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A service on the Pierre schema. With {@code migrate}, {@code info}, {@code validate} or
 * {@code repair} as its first argument it runs that command without a web server and exits.
 */
@SpringBootApplication
public class PierreSampleApplication {

	public static void main(String[] args) {
		if (SchemaCommandLine.isCommand(args)) {
			System.exit(new SchemaCommandLine(System.out, System.err).run(args));
		}
		SpringApplication.run(PierreSampleApplication.class, args);
	}

}
