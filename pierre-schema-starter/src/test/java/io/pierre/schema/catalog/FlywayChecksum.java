package io.pierre.schema.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum that Flyway records for a SQL script: CRC-32 over its lines in UTF-8, without line
 * endings and without a leading byte-order mark. Computing it here lets the starter compare the
 * history table with its scripts without loading Flyway.
 */
final class FlywayChecksum {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private FlywayChecksum() {
	}

	static int of(Reader script) throws IOException {
		CRC32 crc32 = new CRC32();
		BufferedReader reader = new BufferedReader(script);
		String line = reader.readLine();
		if (line != null && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
			line = line.substring(1);
		}
		while (line != null) {
			crc32.update(line.getBytes(StandardCharsets.UTF_8));
			line = reader.readLine();
		}
		return (int) crc32.getValue();
	}

}
