package io.pierre.schema.inspect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text normalizations on the forms that each database actually reports.
 */
class SqlNormalizationTests {

	@Test
	void postgresqlValueChecksBecomeAllowedValues() {
		assertThat(CheckParser.parse("CHECK ((provider = ANY (ARRAY['strava'::text, 'fitbit'::text, 'o''k'::text])))"))
			.isEqualTo(new CheckConstraint.AllowedValues("provider", java.util.List.of("fitbit", "o'k", "strava")));
		assertThat(CheckParser.parse("CHECK (((role)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"))
			.isEqualTo(new CheckConstraint.AllowedValues("role", java.util.List.of("a", "b")));
	}

	@Test
	void sqliteValueChecksBecomeAllowedValues() {
		assertThat(CheckParser.parse("tier IN ('starter', 'professional',\n 'enterprise')"))
			.isEqualTo(new CheckConstraint.AllowedValues("tier", java.util.List.of("enterprise", "professional", "starter")));
		assertThat(CheckParser.parse("\"Role\" in ('x')"))
			.isEqualTo(new CheckConstraint.AllowedValues("role", java.util.List.of("x")));
	}

	/** The contract's rule: lower case outside literals, no spaces around parentheses and commas. */
	@Test
	void otherChecksBecomeNormalizedExpressions() {
		assertThat(CheckParser.parse("CHECK ((amount > (0)::double precision))"))
			.isEqualTo(new CheckConstraint.Expression("amount > 0"));
		assertThat(CheckParser.parse("CHECK ((servings > 0))")).isEqualTo(new CheckConstraint.Expression("servings > 0"));
		assertThat(CheckParser.parse("Grams   >=  0")).isEqualTo(new CheckConstraint.Expression("grams >= 0"));
		assertThat(CheckParser.parse("length( Name ) > 0 AND name <> 'X Y'"))
			.isEqualTo(new CheckConstraint.Expression("length(name)> 0 and name != 'X Y'"));
		// PostgreSQL prints != as <>; the contract writes !=, and a literal keeps its own text.
		assertThat(CheckParser.parse("CHECK ((initiator_id <> receiver_id))"))
			.isEqualTo(new CheckConstraint.Expression("initiator_id != receiver_id"));
		assertThat(CheckParser.parse("name != '<>'")).isEqualTo(new CheckConstraint.Expression("name != '<>'"));
		// A list with something other than literals is no set of values.
		assertThat(CheckParser.parse("a IN (b, 'c')")).isEqualTo(new CheckConstraint.Expression("a in(b,'c')"));
		assertThat(CheckParser.parse("x NOT IN ('a')")).isInstanceOf(CheckConstraint.Expression.class);
	}

	@Test
	void defaultsLoseTheirCastsButKeepTheirLiterals() {
		assertThat(SqlText.normalizeDefault("'user'::text")).isEqualTo("'user'");
		assertThat(SqlText.normalizeDefault("'[\"provision_keys\"]'::text")).isEqualTo("'[\"provision_keys\"]'");
		assertThat(SqlText.normalizeDefault("'9999999999'::bigint")).isEqualTo("9999999999");
		assertThat(SqlText.normalizeDefault("(-1)")).isEqualTo("-1");
		assertThat(SqlText.normalizeDefault("'A::text'")).isEqualTo("'A::text'");
		assertThat(SqlText.normalizeDefault("1")).isEqualTo("1");
		assertThat(SqlText.normalizeDefault("NULL::text")).isNull();
		assertThat(SqlText.normalizeDefault(null)).isNull();
	}

	@Test
	void predicatesAndQuotedNamesAreNormalized() {
		assertThat(SqlText.normalizeExpression("(firebase_uid IS NOT NULL)")).isEqualTo("firebase_uid is not null");
		assertThat(SqlText.normalizeExpression("\"timestamp\"")).isEqualTo("timestamp");
	}

	@Test
	void sqliteDdlYieldsItsChecksAndPredicates() {
		String table = """
				CREATE TABLE "t" (
				    a TEXT NOT NULL CHECK (a IN ('x', 'y)')), -- CHECK (not this one)
				    'b' BIGINT CHECK(b > 0),
				    c TEXT DEFAULT 'CHECK (no)',
				    CONSTRAINT named CHECK ((b) < 10)
				)""";
		assertThat(SqliteDdl.checkBodies(table)).containsExactly("a IN ('x', 'y)')", "b > 0", "(b) < 10");
		assertThat(SqliteDdl.partialIndexPredicate("CREATE UNIQUE INDEX i ON users (firebase_uid) WHERE firebase_uid IS NOT NULL"))
			.isEqualTo("firebase_uid IS NOT NULL");
		assertThat(SqliteDdl.partialIndexPredicate("CREATE INDEX i ON t (a)")).isNull();
	}

	@Test
	void typesReduceToStorageClasses() {
		assertThat(StorageClasses.ofSqlite("BIGINT")).isEqualTo("INTEGER");
		assertThat(StorageClasses.ofSqlite("DOUBLE PRECISION")).isEqualTo("REAL");
		assertThat(StorageClasses.ofSqlite("VARCHAR(20)")).isEqualTo("TEXT");
		assertThat(StorageClasses.ofSqlite("FLOATING POINT")).isEqualTo("INTEGER");
		assertThat(StorageClasses.ofSqlite("")).isEqualTo("BLOB");
		assertThat(StorageClasses.ofSqlite("DECIMAL")).isEqualTo("NUMERIC");
		assertThat(StorageClasses.ofPostgres("int8")).isEqualTo("INTEGER");
		assertThat(StorageClasses.ofPostgres("float8")).isEqualTo("REAL");
		assertThat(StorageClasses.ofPostgres("text")).isEqualTo("TEXT");
		assertThat(StorageClasses.ofPostgres("int4")).isEqualTo("int4");
		assertThat(StorageClasses.ofPostgres("float4")).isEqualTo("float4");
	}

}
