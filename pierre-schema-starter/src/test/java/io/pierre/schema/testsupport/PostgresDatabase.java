package io.pierre.schema.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL database that one test owns; {@link #close()} drops it.
 */
public final class PostgresDatabase implements AutoCloseable {

	private final TestPostgres.Server server;

	private final String name;

	PostgresDatabase(TestPostgres.Server server, String name) {
		this.server = server;
		this.name = name;
	}

	public String name() {
		return this.name;
	}

	public String url() {
		return this.server.urlFor(this.name);
	}

	/**
	 * This database behind PgBouncer in transaction mode.
	 * @return its URL there
	 */
	public String pgbouncerUrl() {
		return TestPostgres.withDatabase(
				TestPostgres.requiredUrl(TestPostgres.PGBOUNCER_VARIABLE, "PgBouncer in transaction mode"), this.name);
	}

	/**
	 * This database on the hot standby, once the standby has replayed everything committed on the
	 * server so far.
	 * @return its URL there
	 */
	public String standbyUrl() {
		String url = TestPostgres.withDatabase(
				TestPostgres.requiredUrl(TestPostgres.STANDBY_VARIABLE, "a hot standby of the test server"), this.name);
		awaitReplay(url);
		return url;
	}

	private void awaitReplay(String standbyUrl) {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		try (Connection primary = this.server.connect(); Statement statement = primary.createStatement();
				ResultSet lsn = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
			lsn.next();
			String committed = lsn.getString(1);
			while (true) {
				try (Connection standby = DriverManager.getConnection(standbyUrl, username(), password());
						PreparedStatement replayed = standby
							.prepareStatement("SELECT pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
					replayed.setString(1, committed);
					try (ResultSet result = replayed.executeQuery()) {
						if (result.next() && result.getBoolean(1)) {
							return;
						}
					}
				}
				catch (SQLException ex) {
					// The database itself may not have reached the standby yet.
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("The standby at " + standbyUrl + " cannot be read", ex);
					}
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The standby did not replay " + committed + " within a minute");
				}
				Thread.sleep(20);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the test server's WAL position", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String username() {
		return this.server.username();
	}

	public String password() {
		return this.server.password();
	}

	/**
	 * The password, for a test that needs the server to check it: one that must not show, or that
	 * must get in. Without one (a server that trusts its users) the test is skipped with the
	 * reason, except under {@code CI=true}, where that is a failure.
	 * @return the password, never empty
	 */
	public String checkedPassword() {
		String password = password();
		if (password == null || password.isEmpty()) {
			TestPostgres.requiredUrl("PIERRE_TEST_POSTGRES_PASSWORD",
					"a role that logs in with a password (PIERRE_TEST_POSTGRES_USER and PIERRE_TEST_POSTGRES_PASSWORD)");
		}
		return password;
	}

	/**
	 * A role that the server lets in without checking its password, for a test whose password is
	 * carried and never checked: the test role where it has no password, else the role that
	 * {@code PIERRE_TEST_POSTGRES_TRUST_USER} names; without one the test is skipped with the
	 * reason, except under {@code CI=true}, where that is a failure.
	 * @return the role's name
	 */
	public String trustedUsername() {
		String password = password();
		if (password == null || password.isEmpty()) {
			return username();
		}
		return TestPostgres.requiredUrl("PIERRE_TEST_POSTGRES_TRUST_USER", "a role that the server trusts");
	}

	/**
	 * A connection-per-call DataSource, so that nothing stays open when the test ends.
	 * @return a DataSource for this database
	 */
	public DataSource dataSource() {
		return new DriverManagerDataSource(url(), username(), password());
	}

	@Override
	public void close() {
		this.server.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

}
