package io.pierre.schema.transfer;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pierre.schema.inspect.ColumnSchema;

/**
 * Writes one table's rows as PostgreSQL's COPY text format, in UTF-8: one line per row, values
 * separated by tabs, NULL as {@code \N}, and in text a backslash, tab, newline or carriage return
 * escaped with a backslash. Integers and floats are written in full ({@link Double#toString} gives
 * the digits that read back as the same 8-byte float). The character U+0000 is refused: PostgreSQL
 * cannot store it in text.
 * <p>
 * Text is escaped byte by byte in UTF-8, where the bytes of the characters to escape never occur
 * inside another character's bytes; text that the source stores as UTF-8 ({@link SourceColumns})
 * is escaped as read, without being decoded. PostgreSQL checks that the bytes are valid UTF-8 as
 * they arrive.
 */
final class CopyTextFormat {

	private static final byte[] NULL = { '\\', 'N' };

	/** How a column's values are read and written. */
	private enum Kind {

		INTEGER, REAL, UTF8_TEXT, TEXT

	}

	private record Column(String name, Kind kind) {
	}

	private final String table;

	private final List<Column> columns;

	private CopyTextFormat(String table, List<Column> columns) {
		this.table = table;
		this.columns = columns;
	}

	/**
	 * The format of a query's rows.
	 * @param table the table, for messages
	 * @param columns the table's columns, in the query's order
	 * @param query the query's columns, as the source declares them
	 * @param utf8Source whether the source stores text as UTF-8 ({@link SourceColumns#storesUtf8Text})
	 * @return the format
	 * @throws SQLException if the query's columns cannot be read
	 */
	static CopyTextFormat of(String table, List<Map.Entry<String, ColumnSchema>> columns, ResultSetMetaData query,
			boolean utf8Source) throws SQLException {
		List<Column> kinds = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			Kind kind = switch (columns.get(i).getValue().type()) {
				case "INTEGER" -> Kind.INTEGER;
				case "REAL" -> Kind.REAL;
				default -> (utf8Source && SourceColumns.textAffinity(query, i + 1)) ? Kind.UTF8_TEXT : Kind.TEXT;
			};
			kinds.add(new Column(columns.get(i).getKey(), kind));
		}
		return new CopyTextFormat(table, List.copyOf(kinds));
	}

	/**
	 * Appends the result set's current row, its columns in this format's order, and a newline.
	 * @param row the source row
	 * @param out where the line goes
	 * @throws SQLException if the row cannot be read
	 */
	void appendRow(ResultSet row, CopyBuffer out) throws SQLException {
		for (int i = 0; i < this.columns.size(); i++) {
			if (i > 0) {
				out.append((byte) '\t');
			}
			appendValue(this.columns.get(i), row, i + 1, out);
		}
		out.append((byte) '\n');
	}

	private void appendValue(Column column, ResultSet row, int index, CopyBuffer out) throws SQLException {
		if (column.kind() == Kind.UTF8_TEXT) {
			byte[] text = row.getBytes(index);
			if (text == null) {
				out.append(NULL, 0, NULL.length);
			}
			else {
				appendText(column.name(), text, out);
			}
			return;
		}
		Object value = row.getObject(index);
		if (value == null) {
			out.append(NULL, 0, NULL.length);
			return;
		}
		switch (column.kind()) {
			case INTEGER -> out.appendAscii(Long.toString(SourceValues.integer(this.table, column.name(), value)));
			case REAL -> out.appendAscii(Double.toString(SourceValues.real(this.table, column.name(), value)));
			default -> appendText(column.name(), value.toString().getBytes(StandardCharsets.UTF_8), out);
		}
	}

	private void appendText(String column, byte[] text, CopyBuffer out) {
		int plainFrom = 0;
		for (int i = 0; i < text.length; i++) {
			byte b = text[i];
			// Most bytes: printable ASCII, or part of a character beyond ASCII (negative as a byte).
			if (b < 0 || (b >= 0x20 && b != '\\')) {
				continue;
			}
			byte escaped = escaped(column, b);
			if (escaped != 0) {
				out.append(text, plainFrom, i);
				out.append((byte) '\\');
				out.append(escaped);
				plainFrom = i + 1;
			}
		}
		out.append(text, plainFrom, text.length);
	}

	/**
	 * The letter that follows the backslash for a character COPY must escape, or 0 for one written
	 * as it is.
	 */
	private byte escaped(String column, byte b) {
		return switch (b) {
			case '\\' -> '\\';
			case '\t' -> 't';
			case '\n' -> 'n';
			case '\r' -> 'r';
			case 0 -> throw new TransferException(this.table + "." + column
					+ " holds text with the character U+0000, which PostgreSQL cannot store; "
					+ "correct it in the source and transfer again");
			default -> 0;
		};
	}

}
