package io.pierre.schema.catalog;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A migration version, such as {@code 20250120000001}, ordered as Flyway orders them: part by
 * part, numerically.
 *
 * @param text the version as written in the script name and the history table
 */
public record SchemaVersion(String text) implements Comparable<SchemaVersion> {

	private static final Pattern SEPARATOR = Pattern.compile("[._]");

	public SchemaVersion {
		if (text == null || !text.matches("\\d+([._]\\d+)*")) {
			throw new IllegalArgumentException("'" + text + "' is not a migration version");
		}
	}

	/**
	 * Parses a version.
	 * @param text the version
	 * @return the version
	 * @throws IllegalArgumentException if it is not made of numbers
	 */
	public static SchemaVersion of(String text) {
		return new SchemaVersion(text);
	}

	@Override
	public int compareTo(SchemaVersion other) {
		String[] mine = SEPARATOR.split(this.text);
		String[] theirs = SEPARATOR.split(other.text);
		for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
			BigInteger a = (i < mine.length) ? new BigInteger(mine[i]) : BigInteger.ZERO;
			BigInteger b = (i < theirs.length) ? new BigInteger(theirs[i]) : BigInteger.ZERO;
			int result = a.compareTo(b);
			if (result != 0) {
				return result;
			}
		}
		return 0;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
