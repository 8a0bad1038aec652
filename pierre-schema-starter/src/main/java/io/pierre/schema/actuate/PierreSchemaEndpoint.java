package io.pierre.schema.actuate;

import java.time.Instant;
import java.util.List;

import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.history.MigrationInfo;
import io.pierre.schema.history.SchemaStatus;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code pierreschema} endpoint: every Pierre migration with its state, as
 * {@code sqlx migrate info} and the sample app's {@code info} command list them.
 */
@Endpoint(id = "pierreschema")
public class PierreSchemaEndpoint {

	private final PierreSchemaMigrator migrator;

	/**
	 * Creates the endpoint.
	 * @param migrator reads the schema's state
	 */
	public PierreSchemaEndpoint(PierreSchemaMigrator migrator) {
		this.migrator = migrator;
	}

	/**
	 * Reads the schema's state with one query of the history table.
	 * @return the schema and its migrations
	 * @throws io.pierre.schema.SchemaMigrationException if the database cannot be read
	 */
	@ReadOperation
	public SchemaDescriptor schema() {
		return SchemaDescriptor.of(this.migrator.status());
	}

	/**
	 * The Pierre schema in one database.
	 *
	 * @param database the database product
	 * @param databaseVersion the product's version
	 * @param historyTable the table that records applied versions
	 * @param currentVersion the newest version applied with success, or {@code null}
	 * @param newestVersion the newest version that the starter knows
	 * @param migrations every migration, known or found, oldest first
	 */
	public record SchemaDescriptor(String database, String databaseVersion, String historyTable,
			String currentVersion, String newestVersion, List<MigrationDescriptor> migrations)
			implements OperationResponseBody {

		static SchemaDescriptor of(SchemaStatus status) {
			return new SchemaDescriptor(status.database().productName(), status.databaseVersion(),
					status.historyTable(), status.currentVersion().map(SchemaVersion::toString).orElse(null),
					status.newestVersion().toString(),
					status.migrations().stream().map(MigrationDescriptor::of).toList());
		}

	}

	/**
	 * One migration.
	 *
	 * @param version the version
	 * @param description the description
	 * @param type how it is written, such as {@code SQL}, or {@code BASELINE}
	 * @param state where it stands: {@code applied}, {@code pending}, {@code above_target},
	 * {@code failed}, {@code modified}, {@code ignored}, {@code future} or {@code baseline}
	 * @param installedOn when it was applied, or {@code null}
	 * @param executionTime how long it took in milliseconds, or {@code null}
	 */
	public record MigrationDescriptor(String version, String description, String type, String state,
			Instant installedOn, Integer executionTime) {

		static MigrationDescriptor of(MigrationInfo migration) {
			return new MigrationDescriptor(migration.version().toString(), migration.description(), migration.type(),
					migration.state().id(), migration.installedOn(), migration.executionTimeMillis());
		}

	}

}
