package io.pierre.schema.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting a script into statements.
 */
class SqlScriptTests {

	@Test
	void splitsAtSemicolonsOutsideQuotesAndComments() {
		assertThat(SqlScript.split("""
				-- leading comment; not a statement
				SELECT 'a;b', "odd;name" FROM t /* inner; comment */ WHERE x = 'it''s;';
				/* only a comment */ ;
				UPDATE t SET y = 1
				"""))
			.containsExactly("SELECT 'a;b', \"odd;name\" FROM t /* inner; comment */ WHERE x = 'it''s;'",
					"UPDATE t SET y = 1");
	}

	@Test
	void aScriptOfCommentsAndBlanksHasNoStatements() {
		assertThat(SqlScript.split("-- nothing\n\n/* at all */\n;")).isEmpty();
	}

}
