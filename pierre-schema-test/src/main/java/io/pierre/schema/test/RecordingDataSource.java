package io.pierre.schema.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A DataSource whose statements go through a datasource-proxy listener, and that closes the
 * DataSource it wraps when closed, so that a wrapped pool bean is still shut down with its
 * application context.
 */
final class RecordingDataSource extends DelegatingDataSource implements AutoCloseable {

	private final DataSource recorded;

	RecordingDataSource(DataSource recorded, QueryExecutionListener listener) {
		super(ProxyDataSourceBuilder.create(recorded).name("pierre-statement-recording").listener(listener).build());
		this.recorded = recorded;
	}

	@Override
	public void close() throws Exception {
		if (this.recorded instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
