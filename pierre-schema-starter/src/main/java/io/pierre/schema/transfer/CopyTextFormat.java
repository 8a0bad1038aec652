package io.pierre.schema.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import io.pierre.schema.inspect.ColumnSchema;

/**
 * Writes one table's rows as PostgreSQL's COPY text format: one line per row, values separated by
 * tabs, NULL as {@code \N}, and in text a backslash, tab, newline or carriage return escaped with
 * a backslash. Integers and floats are written in full ({@link Double#toString} gives the digits
 * that read back as the same 8-byte float). The character U+0000 is refused: PostgreSQL cannot
 * store it in text.
 */
final class CopyTextFormat {

	private final String table;

	private final List<Map.Entry<String, ColumnSchema>> columns;

	CopyTextFormat(String table, List<Map.Entry<String, ColumnSchema>> columns) {
		this.table = table;
		this.columns = columns;
	}

	/**
	 * Appends the result set's current row, its columns in this format's order, and a newline.
	 * @param row the source row
	 * @param text where the line goes
	 * @throws SQLException if the row cannot be read
	 */
	void appendRow(ResultSet row, StringBuilder text) throws SQLException {
		for (int i = 0; i < this.columns.size(); i++) {
			if (i > 0) {
				text.append('\t');
			}
			appendValue(this.columns.get(i), row.getObject(i + 1), text);
		}
		text.append('\n');
	}

	private void appendValue(Map.Entry<String, ColumnSchema> column, Object value, StringBuilder text) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		switch (column.getValue().type()) {
			case "INTEGER" -> text.append(SourceValues.integer(this.table, column.getKey(), value));
			case "REAL" -> text.append(Double.toString(SourceValues.real(this.table, column.getKey(), value)));
			default -> appendText(column.getKey(), value.toString(), text);
		}
	}

	private void appendText(String column, String value, StringBuilder text) {
		int plainEnd = 0;
		while (plainEnd < value.length() && !special(value.charAt(plainEnd))) {
			plainEnd++;
		}
		text.append(value, 0, plainEnd);
		for (int i = plainEnd; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\u0000' -> throw new TransferException(this.table + "." + column
						+ " holds text with the character U+0000, which PostgreSQL cannot store; "
						+ "correct it in the source and transfer again");
				default -> text.append(c);
			}
		}
	}

	private static boolean special(char c) {
		return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\u0000';
	}

}
