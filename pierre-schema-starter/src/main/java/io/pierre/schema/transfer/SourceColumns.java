package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Says which source columns can be read as the UTF-8 bytes of their text. A SQLite database whose
 * text is stored in UTF-8 hands a text value's bytes over as they are stored, without decoding
 * them into a {@code String} that COPY would encode again: most of the read's cost. That holds for
 * a column of TEXT affinity only, where SQLite stores any number given to it as text; a column of
 * another affinity can hold an integer or a float, read as a value.
 */
final class SourceColumns {

	private SourceColumns() {
	}

	/**
	 * Whether the source keeps its text as UTF-8 bytes that can be read as they are.
	 * @param source the source connection
	 * @return true for a SQLite database whose encoding is UTF-8
	 * @throws SQLException if the source cannot tell
	 */
	static boolean storesUtf8Text(Connection source) throws SQLException {
		if (DatabaseKind.fromProductName(source.getMetaData().getDatabaseProductName()) != DatabaseKind.SQLITE) {
			return false;
		}
		try (Statement statement = source.createStatement();
				ResultSet result = statement.executeQuery("PRAGMA encoding")) {
			return result.next() && "UTF-8".equalsIgnoreCase(result.getString(1));
		}
	}

	/**
	 * Whether a column of the source's query has TEXT affinity, by SQLite's rules on its declared
	 * type: a type holding INT has INTEGER affinity; else one holding CHAR, CLOB or TEXT has TEXT
	 * affinity.
	 * @param metaData the query's columns
	 * @param index the column, from 1
	 * @return true if its values are text or NULL (or a BLOB, kept as it is)
	 * @throws SQLException if the type cannot be read
	 */
	static boolean textAffinity(ResultSetMetaData metaData, int index) throws SQLException {
		String declared = metaData.getColumnTypeName(index);
		if (declared == null) {
			return false;
		}
		String type = declared.toUpperCase(Locale.ROOT);
		return !type.contains("INT") && (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"));
	}

}
