package io.pierre.schema.sql;

import java.util.Locale;

/**
 * What a compilation does with the PostgreSQL side of the checks, from the processor option
 * {@value SqlCheckOptions#MODE}.
 */
enum CheckMode {

	/**
	 * Online where a server is named, else offline from the metadata files; metadata of another
	 * schema version is used with a warning.
	 */
	VERIFY,

	/** Online (a server is required), writing a metadata file per statement and removing unused ones. */
	PREPARE,

	/**
	 * Offline, for CI: a statement without metadata or with metadata of another schema version,
	 * and a metadata file that no statement uses, fail the compilation.
	 */
	CHECK;

	static CheckMode of(String text) {
		for (CheckMode mode : values()) {
			if (mode.name().equalsIgnoreCase(text.trim())) {
				return mode;
			}
		}
		throw new IllegalArgumentException("-A" + SqlCheckOptions.MODE + "=" + text + " is not a mode: use "
				+ VERIFY.optionValue() + ", " + PREPARE.optionValue() + " or " + CHECK.optionValue());
	}

	String optionValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
