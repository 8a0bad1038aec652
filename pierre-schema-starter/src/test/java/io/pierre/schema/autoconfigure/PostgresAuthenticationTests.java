package io.pierre.schema.autoconfigure;

import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password reaches the server whole, which checks it: a wrong one fails the start and changes
 * nothing. And the one path where no password is what is under test: a role the server trusts.
 */
class PostgresAuthenticationTests {

	/** A role that the server trusts from 127.0.0.1, which .ci/run keeps for this test. */
	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(DataSourceAutoConfiguration.class, PierreDataSourceAutoConfiguration.class, PierreSchemaAutoConfiguration.class));

	@AutoClose
	private final PostgresDatabase database = TestPostgres.createDatabase();

	@Test
	void theRightPasswordGetsInAndAWrongOneFailsTheStartChangingNothing() throws Exception {
		String password = this.database.checkedPassword();
		this.runner.withPropertyValues(connection(password + "x")).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("password authentication failed");
		});
		assertThat(Migrations.queryForString(this.database.dataSource(),
				"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
			.isEqualTo("0");
		this.runner.withPropertyValues(connection(password)).run((context) -> assertThat(context).hasNotFailed());
		assertThat(Migrations.history(this.database.dataSource())).last()
			.isEqualTo(Migrations.newestVersion() + ":true");
	}

	@Test
	void aRoleThatTheServerTrustsNeedsNoPassword() throws Exception {
		String trusted = this.database.trustedUsername();
		this.runner
			.withPropertyValues("pierre.database.url=" + this.database.url(), "pierre.database.username=" + trusted)
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(Migrations.history(this.database.dataSource())).last()
			.isEqualTo(Migrations.newestVersion() + ":true");
	}

	private String[] connection(String password) {
		return new String[] { "pierre.database.url=" + this.database.url(),
				"pierre.database.username=" + this.database.username(), "pierre.database.password=" + password };
	}

}
