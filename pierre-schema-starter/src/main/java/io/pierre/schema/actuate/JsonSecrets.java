package io.pierre.schema.actuate;

/**
 * Masks the secrets of a JSON text such as {@code spring.application.json}: the value of every
 * member named {@code password} (or {@code ...password}, flattened) whole, and the passwords
 * inside every URL, the rest as it is. The JSON is scanned, not rebuilt, so its layout stays.
 */
final class JsonSecrets {

	private final String json;

	private final StringBuilder redacted;

	private int position;

	private JsonSecrets(String json) {
		this.json = json;
		this.redacted = new StringBuilder(json.length());
	}

	/**
	 * The JSON with its secrets masked.
	 * @param json a JSON text
	 * @return the text masked, or {@code null} if it is no JSON that can be scanned, which is
	 * then best masked whole
	 */
	static String redact(String json) {
		return new JsonSecrets(json).redact();
	}

	private String redact() {
		String member = null;
		boolean value = false;
		while (this.position < this.json.length()) {
			char c = this.json.charAt(this.position);
			if (c == '"') {
				int start = this.position;
				String text = readString();
				if (text == null) {
					return null;
				}
				if (!value && nextSignificant() == ':') {
					member = text;
					this.redacted.append(this.json, start, this.position);
				}
				else {
					appendValue(member, text, this.json.substring(start, this.position));
					value = false;
				}
				continue;
			}
			if (c == ':') {
				value = true;
			}
			else if (c == '{' || c == '[' || c == ',') {
				value = false;
			}
			else if (value && !Character.isWhitespace(c)) {
				// A number, true, false or null.
				int end = this.position;
				while (end < this.json.length() && ",}] \t\r\n".indexOf(this.json.charAt(end)) < 0) {
					end++;
				}
				appendValue(member, this.json.substring(this.position, end), this.json.substring(this.position, end));
				this.position = end;
				value = false;
				continue;
			}
			this.redacted.append(c);
			this.position++;
		}
		return this.redacted.toString();
	}

	private void appendValue(String member, String text, String literal) {
		String name = (member != null) ? PierreDatabaseSanitizingFunction.normalize(member) : "";
		String shown = PierreDatabaseSanitizingFunction.sanitize(name, text);
		this.redacted.append(shown.equals(text) ? literal : quote(shown));
	}

	/** Reads the string at the position, which is left after it; {@code null} if it does not end. */
	private String readString() {
		StringBuilder text = new StringBuilder();
		int i = this.position + 1;
		while (i < this.json.length()) {
			char c = this.json.charAt(i);
			if (c == '"') {
				this.position = i + 1;
				return text.toString();
			}
			if (c == '\\') {
				if (i + 1 >= this.json.length()) {
					return null;
				}
				char escaped = this.json.charAt(i + 1);
				if (escaped == 'u') {
					if (i + 6 > this.json.length()) {
						return null;
					}
					try {
						text.append((char) Integer.parseInt(this.json.substring(i + 2, i + 6), 16));
					}
					catch (NumberFormatException ex) {
						return null;
					}
					i += 6;
					continue;
				}
				int simple = "\"\\/bfnrt".indexOf(escaped);
				if (simple < 0) {
					return null;
				}
				text.append("\"\\/\b\f\n\r\t".charAt(simple));
				i += 2;
				continue;
			}
			text.append(c);
			i++;
		}
		return null;
	}

	private char nextSignificant() {
		int i = this.position;
		while (i < this.json.length() && Character.isWhitespace(this.json.charAt(i))) {
			i++;
		}
		return (i < this.json.length()) ? this.json.charAt(i) : 0;
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
