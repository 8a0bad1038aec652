package io.pierre.schema.transfer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;

import static io.pierre.schema.jdbc.JdbcTables.quote;

/**
 * The target's triggers, kept from firing while rows are copied and back in force after, in the
 * same transaction: the copied rows already hold what the source's triggers made of them (an
 * insight's reaction_count, adapt_count and updated_at), and the target's would count every
 * copied reaction again. PostgreSQL disables a table's own triggers (not those of its keys);
 * SQLite, which cannot, drops them and creates them again from their statements.
 */
final class SuspendedTriggers {

	private final List<String> resume;

	private SuspendedTriggers(List<String> resume) {
		this.resume = List.copyOf(resume);
	}

	/**
	 * Stops the triggers of the schema's tables from firing on the target.
	 * @param connection the target, inside the copy's transaction
	 * @param kind what the target is
	 * @param schema the tables, with their triggers
	 * @return what puts them back
	 * @throws SQLException if a trigger cannot be stopped
	 */
	static SuspendedTriggers suspend(Connection connection, DatabaseKind kind, NormalizedSchema schema)
			throws SQLException {
		List<String> resume = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			if (kind == DatabaseKind.POSTGRESQL) {
				for (String table : schema.tables().keySet()) {
					if (!schema.table(table).triggers().isEmpty()) {
						statement.execute("ALTER TABLE " + quote(table) + " DISABLE TRIGGER USER");
						resume.add("ALTER TABLE " + quote(table) + " ENABLE TRIGGER USER");
					}
				}
			}
			else {
				List<String> names = new ArrayList<>();
				try (ResultSet triggers = statement
					.executeQuery("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")) {
					while (triggers.next()) {
						names.add(triggers.getString(1));
						resume.add(triggers.getString(2));
					}
				}
				for (String name : names) {
					statement.execute("DROP TRIGGER " + quote(name));
				}
			}
		}
		return new SuspendedTriggers(resume);
	}

	/**
	 * Puts the triggers back in force.
	 * @param connection the target, inside the copy's transaction
	 * @throws SQLException if a trigger cannot be put back
	 */
	void resume(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : this.resume) {
				statement.execute(sql);
			}
		}
	}

}
