package io.pierre.schema.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} and {@code --output=FORMAT} options of the commands whose result scripts
 * read: lines for people by default, else one JSON document on standard output.
 */
final class OutputFormat {

	/** The formats. */
	enum Format {

		/** Lines for people. */
		text,

		/** One JSON document. */
		json

	}

	@Option(names = "--json", description = "Print one JSON document on standard output instead of lines "
			+ "(the same as --output=json).")
	boolean json;

	@Option(names = "--output", paramLabel = "FORMAT", description = "text (the default) or json.")
	Format format = Format.text;

	boolean isJson() {
		return this.json || this.format == Format.json;
	}

}
