package io.pierre.schema.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.testsupport.Migrations;
import io.pierre.schema.testsupport.PostgresDatabase;
import io.pierre.schema.testsupport.RowFactory;
import io.pierre.schema.testsupport.TestPostgres;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, an INTEGER column holds every 64-bit value and a REAL column every 8-byte float, as
 * on SQLite: every INTEGER and REAL column of the newest schema gets the extreme values and reads
 * them back unchanged. (A column declared {@code integer} or {@code real} would overflow or round.)
 */
class PostgresValueRangeTests {

	private static final long[] INTEGERS = { Long.MIN_VALUE, Long.MAX_VALUE };

	/** 0.1 + 0.2 is 0.30000000000000004: a float4 would round it. */
	private static final double[] REALS = { Double.MAX_VALUE, Double.MIN_VALUE, 0.1 + 0.2, -Double.MAX_VALUE };

	@Test
	void integerAndRealColumnsRoundTripTheirExtremes() throws SQLException {
		NormalizedSchema schema = Migrations.newestSchema();
		try (PostgresDatabase database = TestPostgres.createDatabase()) {
			Migrations.migrateToNewest(database.dataSource(), DatabaseKind.POSTGRESQL);
			SoftAssertions softly = new SoftAssertions();
			TreeSet<String> covered = new TreeSet<>();
			try (Connection connection = database.dataSource().getConnection()) {
				RowFactory rows = new RowFactory(schema, connection);
				for (Map.Entry<String, TableSchema> table : schema.tables().entrySet()) {
					List<String> numeric = numericColumns(table.getValue());
					for (int round = 0; !numeric.isEmpty() && round < Math.max(INTEGERS.length, REALS.length); round++) {
						Map<String, Object> row = rows.validRow(table.getKey());
						List<String> written = new ArrayList<>();
						for (String column : numeric) {
							boolean real = "REAL".equals(table.getValue().columns().get(column).type());
							Object value = real ? (Object) REALS[round % REALS.length]
									: (Object) INTEGERS[round % INTEGERS.length];
							if (allowedByChecks(table.getValue(), column, ((Number) value).doubleValue())) {
								row.put(column, value);
								written.add(column);
							}
						}
						rows.insert(table.getKey(), row);
						Map<String, Object> read = readBack(connection, table.getKey(), table.getValue(), row);
						for (String column : written) {
							softly.assertThat(read.get(column))
								.as("%s.%s round %d", table.getKey(), column, round)
								.isEqualTo(row.get(column));
							covered.add(table.getKey() + "." + column);
						}
					}
				}
			}
			softly.assertAll();
			// Every INTEGER and REAL column took at least one extreme value (a check may refuse the others).
			assertThat(covered).containsAll(allNumericColumns(schema));
		}
	}

	private static List<String> numericColumns(TableSchema table) {
		List<String> columns = new ArrayList<>();
		table.columns().forEach((name, column) -> {
			boolean isForeignKey = table.foreignKeys().stream().anyMatch((key) -> key.columns().contains(name));
			if (!isForeignKey && ("INTEGER".equals(column.type()) || "REAL".equals(column.type()))) {
				columns.add(name);
			}
		});
		return columns;
	}

	private static List<String> allNumericColumns(NormalizedSchema schema) {
		List<String> all = new ArrayList<>();
		schema.tables().forEach((name, table) -> numericColumns(table).forEach((column) -> all.add(name + "." + column)));
		return all;
	}

	private static boolean allowedByChecks(TableSchema table, String column, double value) {
		for (CheckConstraint check : table.checks()) {
			if (check instanceof CheckConstraint.Expression expression) {
				SimpleCheck simple = SimpleCheck.parse(expression);
				if (simple.column().equals(column) && !simple.allows(value)) {
					return false;
				}
			}
		}
		return true;
	}

	private static Map<String, Object> readBack(Connection connection, String table, TableSchema schema,
			Map<String, Object> row) throws SQLException {
		List<String> key = schema.primaryKey();
		String where = String.join(" AND ", key.stream().map((column) -> column + " = ?").toList());
		try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
			for (int i = 0; i < key.size(); i++) {
				query.setObject(i + 1, row.get(key.get(i)));
			}
			try (ResultSet result = query.executeQuery()) {
				assertThat(result.next()).as("the row of %s is there", table).isTrue();
				Map<String, Object> values = new java.util.HashMap<>();
				for (String column : row.keySet()) {
					values.put(column, result.getObject(column));
				}
				return values;
			}
		}
	}

}
