package io.pierre.schema.transfer;

import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * The bytes of COPY data waiting to be sent: rows are encoded straight into it as UTF-8, so that
 * no row is built as a {@code String} first and encoded again. It grows only for a row longer than
 * its initial size and is reused after each send, so memory stays the same whatever the table's
 * size.
 */
final class CopyBuffer {

	private byte[] bytes;

	private int length;

	CopyBuffer(int capacity) {
		this.bytes = new byte[capacity];
	}

	int length() {
		return this.length;
	}

	void append(byte b) {
		ensureRoom(1);
		this.bytes[this.length++] = b;
	}

	void append(byte[] source, int from, int to) {
		int count = to - from;
		ensureRoom(count);
		System.arraycopy(source, from, this.bytes, this.length, count);
		this.length += count;
	}

	/** Appends text made only of ASCII characters (digits, signs, exponents). */
	void appendAscii(String text) {
		ensureRoom(text.length());
		for (int i = 0; i < text.length(); i++) {
			this.bytes[this.length++] = (byte) text.charAt(i);
		}
	}

	/**
	 * Sends what the buffer holds and empties it.
	 * @param copy the COPY in progress
	 * @throws SQLException if PostgreSQL cannot take it
	 */
	void sendTo(CopyIn copy) throws SQLException {
		if (this.length > 0) {
			copy.writeToCopy(this.bytes, 0, this.length);
			this.length = 0;
		}
	}

	private void ensureRoom(int count) {
		if (this.length + count > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + count));
		}
	}

}
