package io.pierre.schema.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.service.ServiceMigrationDiscovery;
import io.pierre.schema.service.ServiceMigrations;

import org.springframework.util.ClassUtils;

/**
 * Checks statements against the newest Pierre schema on SQLite and PostgreSQL, as
 * {@code cargo sqlx prepare --check} checks the Pierre server's queries: each is prepared, not
 * run, on a database of each kind made for the check and dropped after it, and every failure is
 * reported at once.
 * <p>
 * Each database gets the Pierre schema, then the service's own migrations that its
 * {@code application.properties} or {@code application.yaml} gives Boot (see
 * {@link ServiceMigrationDiscovery#fromApplicationConfig(ClassLoader)}), or those given with
 * {@link #withMigrations(ServiceMigrations)}.
 * <pre class="code">
 * StatementCheck.ofResource("sql/repositories.sql").assertPrepared();
 * </pre>
 */
public final class StatementCheck {

	private final List<String> statements;

	private final ServiceMigrations migrations;

	private StatementCheck(List<String> statements, ServiceMigrations migrations) {
		this.statements = List.copyOf(statements);
		this.migrations = migrations;
	}

	private StatementCheck(List<String> statements) {
		this(statements, ServiceMigrationDiscovery.fromApplicationConfig(classLoader()));
	}

	/**
	 * A check of the given statements.
	 * @param statements the statements, with {@code ?} placeholders for parameters
	 * @return the check
	 */
	public static StatementCheck of(String... statements) {
		return new StatementCheck(Arrays.asList(statements));
	}

	/**
	 * A check of the statements of a classpath resource, each ended by a {@code ;}.
	 * @param resource the resource's path, such as {@code sql/repositories.sql}
	 * @return the check
	 * @throws IllegalArgumentException if there is no such resource
	 */
	public static StatementCheck ofResource(String resource) {
		return new StatementCheck(SqlScript.fromResource(resource, classLoader()));
	}

	/**
	 * This check on databases that get these migrations after the Pierre schema, instead of those
	 * found in the service's configuration.
	 * @param migrations the service's migrations, {@link ServiceMigrations#none()} for the Pierre
	 * schema alone
	 * @return the check
	 */
	public StatementCheck withMigrations(ServiceMigrations migrations) {
		return new StatementCheck(this.statements, migrations);
	}

	/**
	 * The service's migrations that each database gets after the Pierre schema.
	 * @return the migrations
	 */
	public ServiceMigrations migrations() {
		return this.migrations;
	}

	/**
	 * The statements checked.
	 * @return the statements
	 */
	public List<String> statements() {
		return this.statements;
	}

	/**
	 * Prepares every statement on both databases.
	 * @return the failures, empty if all prepare
	 * @throws org.opentest4j.TestAbortedException if no PostgreSQL server is at hand (see
	 * {@link TestPostgres})
	 */
	public List<StatementFailure> failures() {
		List<StatementFailure> failures = new ArrayList<>();
		for (DatabaseKind kind : DatabaseKind.values()) {
			failures.addAll(failures(kind));
		}
		return failures;
	}

	/**
	 * Prepares every statement on one database.
	 * @param kind the database
	 * @return the failures, empty if all prepare
	 */
	public List<StatementFailure> failures(DatabaseKind kind) {
		StatementPreparer preparer = new StatementPreparer(kind);
		List<StatementFailure> failures = new ArrayList<>();
		try (MigratedDatabase database = MigratedDatabase.create(kind, this.migrations, classLoader());
				Connection connection = database.dataSource().getConnection()) {
			for (String statement : this.statements) {
				preparer.prepare(connection, statement, List.of())
					.ifPresent((error) -> failures.add(StatementFailure.ofGiven(statement, kind, error)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to the " + kind.productName() + " test database", ex);
		}
		return failures;
	}

	private static ClassLoader classLoader() {
		return ClassUtils.getDefaultClassLoader();
	}

	/**
	 * Prepares every statement on both databases and fails if any does not prepare.
	 * @throws AssertionError naming every statement that failed, the database and its error
	 */
	public void assertPrepared() {
		List<StatementFailure> failures = failures();
		if (!failures.isEmpty()) {
			throw new AssertionError(StatementFailure.report(failures));
		}
	}

}
