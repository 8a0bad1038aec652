package io.pierre.schema.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.testsupport.DatabaseRows;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.OwnedDatabase;
import io.pierre.schema.testsupport.PopulatedDatabase;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.TestPostgres;
import io.pierre.schema.testsupport.TestSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaTransfer}: a SQLite file into a real PostgreSQL.
 */
class SchemaTransferTests {

	/** At least this many rows per table; parent rows come on top. */
	private static final int ROWS_PER_TABLE = 2;

	private static final String UNICODE = "Zoë Ørsted – 跑步 🏃‍♀️ \uD834\uDD1E 'quoted' \"double\" \\ tab\t";

	/**
	 * Text that COPY's text format must escape or could misread: backslash sequences, tabs, line
	 * breaks, the NULL marker and the end-of-data marker as text, an empty string, control
	 * characters, characters of two, three and four UTF-8 bytes (surrogate pairs in Java), a value
	 * longer than the buffer sent at once.
	 */
	private static final List<String> AWKWARD_TEXTS = List.of("", "\\N", "\\.", "\\", "a\\tb", "tab\there",
			"line\nbreak", "cr\rlf\r\n", "ends with a backslash\\", "\\\\N", "\t\n\\", "NULL", "null", " ",
			"\u0001\u001f\u007f", UNICODE, "x".repeat(200_000), "é".repeat(40_000) + "\n" + "🏃".repeat(40_000));

	private final ClassLoader classLoader = getClass().getClassLoader();

	private final SchemaTransfer transfer = new SchemaTransfer(MigrationCatalog.load(this.classLoader));

	@TempDir
	Path dir;

	@Test
	void valuesArriveUnchanged() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		insertUser(sqlite, "u1", UNICODE, Long.MAX_VALUE);
		insertUser(sqlite, "u2", null, Long.MIN_VALUE);
		sqlite.update("INSERT INTO recipes (id, user_id, tenant_id, name, instructions, cook_time_mins, cached_calories, "
				+ "cached_fat_g, created_at, updated_at) VALUES ('r1', 'u1', 't1', 'Soup', ?, ?, ?, ?, "
				+ "'2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')", UNICODE, Long.MAX_VALUE, 0.1 + 0.2,
				-Double.MAX_VALUE);
		sqlite.update("INSERT INTO recipe_ingredients (id, recipe_id, name, amount, grams, fdc_id) "
				+ "VALUES ('i1', 'r1', 'Salt', ?, ?, NULL)", Double.MAX_VALUE, Double.MIN_VALUE);
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			TransferReport report = this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			assertThat(report.rows()).containsEntry("users", 2L).containsEntry("recipes", 1L)
				.containsEntry("recipe_ingredients", 1L)
				.containsEntry("admin_config_categories",
						(long) Migrations.newestSchema().rows().get("admin_config_categories").size())
				.containsEntry("system_settings", 1L);
			JdbcTemplate postgres = new JdbcTemplate(database.dataSource());
			for (String query : List.of(
					"SELECT id, email, display_name, is_active, created_at FROM users ORDER BY id",
					"SELECT id, instructions, cook_time_mins, cached_calories, cached_fat_g, cached_carbs_g FROM recipes",
					"SELECT id, amount, grams, fdc_id FROM recipe_ingredients",
					"SELECT key, value, created_at FROM system_settings")) {
				assertThat(postgres.queryForList(query)).as(query).isEqualTo(sqlite.queryForList(query));
			}
			assertThat(postgres.queryForObject("SELECT is_active FROM users WHERE id = 'u2'", Long.class))
				.isEqualTo(Long.MIN_VALUE);
			assertThat(postgres.queryForObject("SELECT cached_calories FROM recipes", Double.class)).isEqualTo(0.1 + 0.2);
			assertThat(postgres.queryForObject("SELECT display_name FROM users WHERE id = 'u1'", String.class))
				.isEqualTo(UNICODE);
		}
	}

	/**
	 * A SQLite database with rows in every table of the newest schema, a value in every column
	 * (64-bit integers, reals, text with a quote and a non-ASCII letter), arrives in PostgreSQL
	 * row for row, column for column. The reference rows are the source's: one seeded category
	 * changed and one deleted in the source, the setting set to true, so the target's own seeded rows
	 * must all have been replaced.
	 */
	@Test
	void everyRowOfEveryTableArrivesUnchanged() throws SQLException {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		PopulatedDatabase.create(source, Migrations.newestVersion(), ROWS_PER_TABLE);
		Migrations.execute(source,
				"UPDATE admin_config_categories SET display_name = 'Weather (ours)' WHERE id = 'cat_weather'",
				"DELETE FROM admin_config_categories WHERE id = 'cat_sqlx_config'");
		NormalizedSchema schema = Migrations.newestSchema();
		DatabaseRows expected = DatabaseRows.read(source, schema);
		assertEveryTableAndColumnHasValues(schema, expected);
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			TransferReport report = this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);

			DatabaseRows transferred = DatabaseRows.read(database.dataSource(), schema);
			assertThat(transferred.differencesFrom(expected)).as("rows that differ from the source's").isEmpty();
			for (String table : schema.tables().keySet()) {
				// Beyond the differences above: no column that the source lacks.
				assertThat(transferred.rows(table)).as("rows of %s", table).isEqualTo(expected.rows(table));
				assertThat(report.rows()).as("rows copied").containsEntry(table, (long) expected.count(table));
			}
			assertThat(transferred.rows("admin_config_categories")).doesNotContainKey("id=cat_sqlx_config");
			assertThat(transferred.rows("system_settings").get("key=auto_approval_enabled")).containsEntry("value",
					"true");
			assertThat(DatabaseRows.read(source, schema).differencesFrom(expected)).as("rows of the source")
				.isEmpty();
		}
	}

	/**
	 * The triggers of the target do not count the copied reactions and adaptations again: an
	 * insight keeps the reaction_count, adapt_count and updated_at that the source has, into
	 * PostgreSQL and into SQLite; and they fire again afterwards.
	 */
	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void copiedReactionsAndAdaptationsAreNotCountedTwice(DatabaseKind kind) throws SQLException {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		insertUser(sqlite, "u1", "One", 1);
		insertUser(sqlite, "u2", "Two", 1);
		sqlite.update("INSERT INTO shared_insights (id, user_id, insight_type, content, created_at, updated_at) "
				+ "VALUES ('i1', 'u1', 'achievement', 'A long run', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
		sqlite.update("INSERT INTO insight_reactions (id, insight_id, user_id, reaction_type, created_at) "
				+ "VALUES ('r1', 'i1', 'u2', 'like', '2026-01-02T00:00:00Z')");
		sqlite.update("INSERT INTO adapted_insights (id, source_insight_id, user_id, adapted_content, created_at) "
				+ "VALUES ('a1', 'i1', 'u2', 'My long run', '2026-01-03T00:00:00Z')");
		String insight = "SELECT reaction_count, adapt_count, updated_at FROM shared_insights WHERE id = 'i1'";
		Map<String, Object> inSource = sqlite.queryForMap(insight);
		assertThat(((Number) inSource.get("reaction_count")).longValue()).isOne();
		assertThat(((Number) inSource.get("adapt_count")).longValue()).isOne();
		try (OwnedDatabase target = OwnedDatabase.of(kind, this.dir, "target.db")) {
			this.transfer.transfer(source, target.dataSource(), TransferListener.NONE);
			JdbcTemplate copied = new JdbcTemplate(target.dataSource());
			Map<String, Object> inTarget = copied.queryForMap(insight);
			assertThat(inTarget.get("updated_at")).isEqualTo(inSource.get("updated_at"));
			assertThat(((Number) inTarget.get("reaction_count")).longValue()).isOne();
			assertThat(((Number) inTarget.get("adapt_count")).longValue()).isOne();
			copied.update("INSERT INTO insight_reactions (id, insight_id, user_id, reaction_type, created_at) "
					+ "VALUES ('r2', 'i1', 'u1', 'support', '2026-01-04T00:00:00Z')");
			assertThat(copied.queryForObject("SELECT reaction_count FROM shared_insights WHERE id = 'i1'", Long.class))
				.isEqualTo(2L);
		}
	}

	@Test
	void referenceRowsOfTheSourceReplaceTheTargetsSeededOnes() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		new JdbcTemplate(source).update("UPDATE system_settings SET value = 'true' WHERE key = 'auto_approval_enabled'");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			migrate(database.dataSource());
			this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
					"SELECT value FROM system_settings WHERE key = 'auto_approval_enabled'", String.class))
				.isEqualTo("true");
		}
	}

	@Test
	void refusesATargetThatHoldsRowsAndChangesNothing() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		insertUser(new JdbcTemplate(source), "u1", "Source", 1);
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			migrate(database.dataSource());
			JdbcTemplate postgres = new JdbcTemplate(database.dataSource());
			insertUser(postgres, "existing", "Already here", 1);
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("The target already holds rows in [users]")
				.withMessageContaining("Nothing was changed");
			assertThat(postgres.queryForList("SELECT id FROM users", String.class)).containsExactly("existing");
		}
	}

	@Test
	void interruptedTransferLeavesTheTargetWithoutTheSourcesRows() throws Exception {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		sqlite.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
				+ "INSERT INTO users (id, email, password_hash, created_at, last_active) "
				+ "SELECT 'u' || i, 'u' || i || '@example.com', 'x', '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z' FROM n");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Thread worker = new Thread(() -> {
				try {
					this.transfer.transfer(source, database.dataSource(), (table, copied, total) -> {
						if (table.equals("users") && copied == 2000) {
							Thread.currentThread().interrupt();
						}
					});
				}
				catch (Throwable ex) {
					failure.set(ex);
				}
			});
			worker.start();
			worker.join();
			assertThat(failure.get()).isInstanceOf(TransferException.class)
				.hasMessageContaining("interrupted while copying users")
				.hasMessageContaining("the target keeps none of the source's rows");
			JdbcTemplate postgres = new JdbcTemplate(database.dataSource());
			assertThat(postgres.queryForObject("SELECT count(*) FROM users", Integer.class)).isZero();
			assertThat(postgres.queryForObject("SELECT count(*) FROM admin_config_categories", Integer.class))
				.isEqualTo(Migrations.newestSchema().rows().get("admin_config_categories").size());
			TransferReport retry = this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			assertThat(retry.rows()).containsEntry("users", 5000L);
		}
	}

	@Test
	void refusesAValueThatIsNotAnIntegerInAnIntegerColumn() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		insertUser(sqlite, "u1", "Text in an integer column", 1);
		sqlite.update("UPDATE users SET is_active = 'yes' WHERE id = 'u1'");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("users.is_active holds yes, which is not an integer");
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM users", Integer.class))
				.isZero();
		}
	}

	@Test
	void refusesAnUnsupportedTargetBeforeChangingTheSource() {
		Path file = this.dir.resolve("source.db");
		DataSource source = TestSqlite.dataSource(file);
		DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:transfer");
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> this.transfer.transfer(source, h2, TransferListener.NONE))
			.withMessageContaining("supports SQLite and PostgreSQL, but the database is H2");
		assertThat(new JdbcTemplate(source).queryForList(
				"SELECT name FROM sqlite_master WHERE type = 'table'", String.class)).isEmpty();
	}

	/**
	 * Text that COPY's text format must escape or could misread ({@link #AWKWARD_TEXTS}) and floats
	 * at the edges arrive unchanged.
	 */
	@Test
	void awkwardValuesArriveUnchangedThroughCopy() {
		List<String> texts = AWKWARD_TEXTS;
		List<Double> reals = List.of(Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0.1 + 0.2,
				123456789.123456789, 1.0 / 3, 4.35, Double.POSITIVE_INFINITY);
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		for (int i = 0; i < texts.size(); i++) {
			insertUser(sqlite, "u" + i, texts.get(i), i);
		}
		sqlite.update("INSERT INTO recipes (id, user_id, tenant_id, name, instructions, created_at, updated_at) "
				+ "VALUES ('r1', 'u0', 't1', 'Soup', 'Stir', '2025-01-20T00:00:00Z', '2025-01-20T00:00:00Z')");
		for (int i = 0; i < reals.size(); i++) {
			sqlite.update("INSERT INTO recipe_ingredients (id, recipe_id, name, amount, grams, fdc_id) "
					+ "VALUES (?, 'r1', 'Salt', ?, ?, ?)", "i" + i, reals.get(i), reals.get(i), Long.MIN_VALUE + i);
		}
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			JdbcTemplate postgres = new JdbcTemplate(database.dataSource());
			for (int i = 0; i < texts.size(); i++) {
				assertThat(postgres.queryForObject("SELECT display_name FROM users WHERE id = ?", String.class, "u" + i))
					.as("text %d", i)
					.isEqualTo(texts.get(i));
			}
			for (int i = 0; i < reals.size(); i++) {
				assertThat(postgres.queryForMap("SELECT amount, grams, fdc_id FROM recipe_ingredients WHERE id = ?",
						"i" + i))
					.as("real %d", i)
					.containsEntry("amount", reals.get(i))
					.containsEntry("grams", reals.get(i))
					.containsEntry("fdc_id", Long.MIN_VALUE + i);
			}
		}
	}

	/**
	 * Text read as its UTF-8 bytes keeps NULL and the empty string apart, and every awkward text
	 * and every character arrives as it was, the rows' other columns too.
	 */
	@Test
	void textReadAsUtf8BytesArrivesUnchangedAndNullStaysApartFromEmpty() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		assertThat(new JdbcTemplate(source).queryForObject("PRAGMA encoding", String.class)).isEqualTo("UTF-8");
		assertTextArrivesUnchanged(source);
	}

	/**
	 * A SQLite file that stores its text as UTF-16 cannot hand it over as UTF-8 bytes; its text is
	 * read as values, and arrives unchanged too.
	 */
	@Test
	void textOfAUtf16SourceArrivesUnchanged() throws SQLException {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
			// The encoding holds from the first table on.
			statement.execute("PRAGMA encoding = 'UTF-16le'");
			statement.execute("CREATE TABLE first (x)");
			statement.execute("DROP TABLE first");
		}
		migrate(source);
		assertThat(new JdbcTemplate(source).queryForObject("PRAGMA encoding", String.class)).isEqualTo("UTF-16le");
		assertTextArrivesUnchanged(source);
	}

	/**
	 * Bytes that are not UTF-8 in a SQLite text column (SQLite does not check them) are refused by
	 * PostgreSQL rather than changed on the way, and the target keeps nothing.
	 */
	@Test
	void refusesTextThatIsNotUtf8AndKeepsNothing() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		insertUser(sqlite, "u1", "Fine", 1);
		insertUser(sqlite, "u2", "Fine", 1);
		sqlite.update("UPDATE users SET display_name = CAST(x'41C328' AS TEXT) WHERE id = 'u2'");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("invalid byte sequence for encoding \"UTF8\"")
				.withMessageContaining("the target keeps none of the source's rows");
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM users",
					Integer.class))
				.isZero();
		}
	}

	@Test
	void refusesTextHoldingTheCharacterU0000NamingTheColumnAndKeepsNothing() {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		migrate(source);
		JdbcTemplate sqlite = new JdbcTemplate(source);
		insertUser(sqlite, "u1", "Fine", 1);
		insertUser(sqlite, "u2", "before\u0000after", 1);
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("users.display_name holds text with the character U+0000, which PostgreSQL "
						+ "cannot store");
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM users",
					Integer.class))
				.isZero();
		}
	}

	/**
	 * The target's keys and indexes, dropped for the copy, are all back afterwards, each as the
	 * migrations defined it and validated.
	 */
	@Test
	void theTargetsIndexesAndConstraintsAreAllBackAfterATransfer() throws SQLException {
		DataSource source = TestSqlite.dataSource(this.dir.resolve("source.db"));
		PopulatedDatabase.create(source, Migrations.newestVersion(), ROWS_PER_TABLE);
		try (PostgresDatabase migrated = TestPostgres.createDatabase();
				PostgresDatabase database = TestPostgres.createDatabase()) {
			migrate(migrated.dataSource());
			List<String> expected = indexesAndConstraints(migrated.dataSource());
			assertThat(expected).anyMatch((definition) -> definition.contains("FOREIGN KEY"))
				.anyMatch((definition) -> definition.contains("PRIMARY KEY"))
				.anyMatch((definition) -> definition.contains("UNIQUE ("))
				.anyMatch((definition) -> definition.contains("CREATE INDEX"));
			this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			assertThat(indexesAndConstraints(database.dataSource())).isEqualTo(expected);
		}
	}

	/**
	 * What the copy runs without: every primary key, UNIQUE constraint, foreign key and index goes,
	 * the checks stay, and all come back as they were.
	 */
	@Test
	void dropsEveryKeyAndIndexThenRecreatesThem() throws SQLException {
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			migrate(database.dataSource());
			List<String> migrated = indexesAndConstraints(database.dataSource());
			try (Connection connection = database.dataSource().getConnection()) {
				connection.setAutoCommit(false);
				DeferredKeysAndIndexes deferred = DeferredKeysAndIndexes.drop(connection,
						Migrations.newestSchema().tables().keySet());
				List<String> during = indexesAndConstraints(new SingleConnectionDataSource(connection, true));
				// The history table is not the transfer's.
				assertThat(during).filteredOn((definition) -> !definition.contains("pierre_schema_history"))
					.noneMatch((definition) -> definition.contains("FOREIGN KEY") || definition.contains(" UNIQUE (")
							|| definition.contains("PRIMARY KEY") || definition.startsWith("CREATE"))
					.anyMatch((definition) -> definition.contains("users_role_check CHECK ("));
				deferred.recreate(connection);
				connection.commit();
			}
			assertThat(indexesAndConstraints(database.dataSource())).isEqualTo(migrated);
		}
	}

	/**
	 * A copy that fails after the keys and indexes were dropped (a value that is not an integer)
	 * leaves them all in place, as does one that fails when they are re-created (a child row whose
	 * parent is missing, which SQLite keeps when foreign keys are off).
	 */
	@Test
	void theTargetsIndexesAndConstraintsAreAllBackAfterAFailedTransfer() {
		Path file = this.dir.resolve("source.db");
		DataSource source = TestSqlite.dataSource(file);
		migrate(source);
		insertUser(new JdbcTemplate(source), "u1", "Text in an integer column", 1);
		TestSqlite.execute(file, "UPDATE users SET is_active = 'yes' WHERE id = 'u1'");
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			migrate(database.dataSource());
			List<String> expected = indexesAndConstraints(database.dataSource());
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("users.is_active holds yes, which is not an integer");
			assertThat(indexesAndConstraints(database.dataSource())).isEqualTo(expected);

			TestSqlite.execute(file, "UPDATE users SET is_active = 1");
			TestSqlite.execute(file, "INSERT INTO recipes (id, user_id, tenant_id, name, instructions, created_at, "
					+ "updated_at) VALUES ('r1', 'missing', 't1', 'Soup', 'Stir', '2025-01-20T00:00:00Z', "
					+ "'2025-01-20T00:00:00Z')");
			assertThatExceptionOfType(TransferException.class)
				.isThrownBy(() -> this.transfer.transfer(source, database.dataSource(), TransferListener.NONE))
				.withMessageContaining("The transfer failed, and the target keeps none of the source's rows")
				.withMessageContaining("foreign key constraint");
			assertThat(indexesAndConstraints(database.dataSource())).isEqualTo(expected);
			assertThat(new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM users",
					Integer.class))
				.isZero();
		}
	}

	/** Every index and constraint of the database's schema, as PostgreSQL defines it, sorted. */
	private static List<String> indexesAndConstraints(DataSource dataSource) {
		return new JdbcTemplate(dataSource).queryForList("""
				SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				WHERE c.relnamespace = current_schema()::regnamespace
				UNION ALL
				SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
				       || CASE WHEN convalidated THEN '' ELSE ' (not validated)' END
				FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
				ORDER BY 1""", String.class);
	}

	/** The comparison is not vacuous: every table has rows, every column a value in some row. */
	private static void assertEveryTableAndColumnHasValues(NormalizedSchema schema, DatabaseRows rows) {
		schema.tables().forEach((table, definition) -> {
			assertThat(rows.count(table)).as("rows of %s in the source", table).isPositive();
			for (String column : definition.columns().keySet()) {
				assertThat(rows.rows(table).values()).as("%s.%s has a value in some row", table, column)
					.anyMatch((Map<String, Object> row) -> row.get(column) != null);
			}
		});
	}

	private void assertTextArrivesUnchanged(DataSource source) {
		JdbcTemplate sqlite = new JdbcTemplate(source);
		for (int i = 0; i < AWKWARD_TEXTS.size(); i++) {
			insertUser(sqlite, "u" + i, AWKWARD_TEXTS.get(i), Long.MIN_VALUE + i);
		}
		insertUser(sqlite, "null", null, Long.MAX_VALUE);
		insertUser(sqlite, "empty", "", 0);
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			this.transfer.transfer(source, database.dataSource(), TransferListener.NONE);
			JdbcTemplate postgres = new JdbcTemplate(database.dataSource());
			// The texts one by one below, for readable failures.
			String query = "SELECT id, email, password_hash, created_at FROM users ORDER BY id";
			assertThat(postgres.queryForList(query)).isEqualTo(sqlite.queryForList(query));
			// SQLite hands small integers over as Integer.
			String integers = "SELECT is_active FROM users ORDER BY id";
			assertThat(postgres.queryForList(integers, Long.class)).isEqualTo(sqlite.queryForList(integers, Long.class));
			assertThat(postgres.queryForObject("SELECT count(*) FROM users WHERE display_name IS NULL", Integer.class))
				.isOne();
			assertThat(postgres.queryForObject("SELECT display_name FROM users WHERE id = 'empty'", String.class))
				.isEmpty();
			for (int i = 0; i < AWKWARD_TEXTS.size(); i++) {
				assertThat(postgres.queryForObject("SELECT display_name FROM users WHERE id = ?", String.class, "u" + i))
					.as("text %d", i)
					.isEqualTo(AWKWARD_TEXTS.get(i));
			}
		}
	}

	private void migrate(DataSource dataSource) {
		new PierreSchemaMigrator(dataSource, MigrationSettings.defaults(), MigrationCatalog.load(this.classLoader))
			.migrate();
	}

	private static void insertUser(JdbcTemplate jdbc, String id, String displayName, long isActive) {
		jdbc.update("INSERT INTO users (id, email, display_name, password_hash, is_active, created_at, last_active) "
				+ "VALUES (?, ?, ?, 'hash', ?, '2025-01-20T00:00:00.123Z', '2025-01-20T00:00:00.123Z')", id,
				id + "@example.com", displayName, isActive);
	}

}
