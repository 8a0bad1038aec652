package io.pierre.schema.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.lang.model.element.Element;

import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

/**
 * A statement found in the sources, with the element that a failure is reported on (its file and
 * line).
 *
 * @param element the constant or the method
 * @param text the statement as written
 */
record SqlStatement(Element element, String text) {

	/**
	 * The statement as sent to the database: {@code :name} placeholders become {@code ?}, as
	 * NamedParameterJdbcTemplate makes them (Spring Data JDBC's {@code @Query} uses it), and
	 * {@code ?} stays.
	 * @return the statement to prepare
	 */
	String jdbcText() {
		return NamedParameterUtils.parseSqlStatementIntoString(this.text);
	}

	/**
	 * The SHA-256 of the statement as written, which names its metadata file.
	 * @return the hash, lower-case hex
	 */
	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(this.text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
