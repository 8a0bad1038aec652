package io.pierre.bench.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * With {@code bench.query-on-start=true}: runs {@code SELECT 1} once the singletons are created,
 * before the context is ready, as a service that touches its database at startup does (JPA, a
 * cache warm-up, a health check). It lets the harness tell the first connection's cost, which
 * such a service pays anyway, from what the starter adds on top of it.
 */
final class StartupQuery implements SmartInitializingSingleton {

	private final DataSource dataSource;

	StartupQuery(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("SELECT 1 failed: " + ex.getMessage(), ex);
		}
	}

}
