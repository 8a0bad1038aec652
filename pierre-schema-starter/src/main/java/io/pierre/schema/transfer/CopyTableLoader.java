package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.pierre.schema.inspect.ColumnSchema;
import io.pierre.schema.inspect.TableSchema;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * Streams one table's rows into PostgreSQL with {@code COPY ... FROM STDIN} in text format: rows
 * read from the source are encoded ({@link CopyTextFormat}) into a buffer that is sent whenever it
 * holds about {@value #BUFFERED_BYTES} bytes, so memory stays the same whatever the table's size.
 */
final class CopyTableLoader implements TableLoader {

	// Large enough that a send costs little next to the rows it carries, small next to the heap.
	private static final int BUFFERED_BYTES = 256 * 1024;

	private final int progressEvery;

	private final TransferListener listener;

	CopyTableLoader(int progressEvery, TransferListener listener) {
		this.progressEvery = progressEvery;
		this.listener = listener;
	}

	@Override
	public long copy(String name, TableSchema table, Connection source, Connection target) throws SQLException {
		List<Map.Entry<String, ColumnSchema>> columns = List.copyOf(table.columns().entrySet());
		String columnList = columns.stream().map((column) -> quote(column.getKey())).collect(Collectors.joining(", "));
		long total = TableCopier.count(source, name);
		boolean utf8Source = SourceColumns.storesUtf8Text(source);
		CopyBuffer buffer = new CopyBuffer(BUFFERED_BYTES + 64 * 1024);
		CopyIn copy = target.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + quote(name) + " (" + columnList + ") FROM STDIN");
		try (Statement select = source.createStatement()) {
			select.setFetchSize(this.progressEvery);
			long copied = 0;
			try (ResultSet rows = select.executeQuery("SELECT " + columnList + " FROM " + quote(name))) {
				CopyTextFormat format = CopyTextFormat.of(name, columns, rows.getMetaData(), utf8Source);
				while (rows.next()) {
					format.appendRow(rows, buffer);
					copied++;
					if (buffer.length() >= BUFFERED_BYTES) {
						buffer.sendTo(copy);
					}
					if (copied % this.progressEvery == 0) {
						progress(name, copied, total);
					}
				}
			}
			buffer.sendTo(copy);
			long inserted = copy.endCopy();
			if (copied % this.progressEvery != 0) {
				progress(name, copied, total);
			}
			if (inserted != copied) {
				throw new TransferException("COPY inserted " + inserted + " rows into " + name + " where " + copied
						+ " were sent; nothing was kept");
			}
			return copied;
		}
		catch (SQLException | RuntimeException ex) {
			cancel(copy, ex);
			throw ex;
		}
	}

	private void progress(String table, long copied, long total) {
		this.listener.copied(table, copied, total);
		if (Thread.currentThread().isInterrupted()) {
			throw new TransferException("The transfer was interrupted while copying " + table
					+ "; the target keeps none of the source's rows");
		}
	}

	/** Ends a COPY still in progress, so that the connection can roll the transaction back. */
	private static void cancel(CopyIn copy, Exception failure) {
		if (copy.isActive()) {
			try {
				copy.cancelCopy();
			}
			catch (SQLException ex) {
				failure.addSuppressed(ex);
			}
		}
	}

}
