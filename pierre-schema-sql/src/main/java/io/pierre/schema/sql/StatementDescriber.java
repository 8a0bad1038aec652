package io.pierre.schema.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Prepares a statement without running it and reads what the database says of it. SQLite
 * compiles a statement when it is prepared; the PostgreSQL driver sends it to the server only when
 * its parameters' or result's metadata is asked for (a Parse and Describe round trip), and the
 * server reports unknown tables and columns and mismatched types then. Only PostgreSQL's result
 * columns are read: they go into the metadata, and the SQLite driver fails on the metadata of a
 * statement without a result.
 */
final class StatementDescriber {

	private final DatabaseKind kind;

	StatementDescriber(DatabaseKind kind) {
		this.kind = kind;
	}

	StatementVerdict describe(Connection connection, String sql) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int parameters = statement.getParameterMetaData().getParameterCount();
			List<ResultColumn> columns = (this.kind == DatabaseKind.POSTGRESQL) ? columns(statement.getMetaData())
					: List.of();
			return new StatementVerdict(null, parameters, columns);
		}
		catch (SQLException ex) {
			return StatementVerdict.failed(ex.getMessage().strip());
		}
	}

	private static List<ResultColumn> columns(ResultSetMetaData metaData) throws SQLException {
		List<ResultColumn> columns = new ArrayList<>();
		if (metaData == null) {
			return columns;
		}
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			columns.add(new ResultColumn(metaData.getColumnLabel(i), metaData.getColumnTypeName(i),
					nullable(metaData.isNullable(i))));
		}
		return columns;
	}

	private static String nullable(int nullable) {
		return switch (nullable) {
			case ResultSetMetaData.columnNoNulls -> "no";
			case ResultSetMetaData.columnNullable -> "yes";
			default -> "unknown";
		};
	}

}
