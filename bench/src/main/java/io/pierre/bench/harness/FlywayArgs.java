package io.pierre.bench.harness;

import java.util.List;

import io.pierre.schema.catalog.MigrationLocations;
import io.pierre.schema.history.HistoryTable;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The properties that make plain Boot Flyway run exactly what the starter runs: the same
 * locations, placeholder, history table and baseline settings.
 */
final class FlywayArgs {

	private FlywayArgs() {
	}

	static List<String> of(DatabaseKind kind) {
		String[] folders = MigrationLocations.folders(kind);
		return List.of("--spring.flyway.locations=classpath:" + folders[0] + ",classpath:" + folders[1],
				"--spring.flyway.table=" + HistoryTable.DEFAULT_NAME,
				"--spring.flyway.placeholders." + MigrationLocations.UTC_NOW_PLACEHOLDER + "=" + kind.utcNowExpression(),
				"--spring.flyway.baseline-on-migrate=true", "--spring.flyway.baseline-version=0",
				"--spring.flyway.fail-on-missing-locations=true");
	}

}
