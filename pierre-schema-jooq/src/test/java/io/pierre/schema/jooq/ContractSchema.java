package io.pierre.schema.jooq;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.inspect.NormalizedSchema;
import io.pierre.schema.jdbc.DatabaseKind;

/**
 * The schema contract of the newest version that the starter embeds, which the generated classes
 * must cover.
 */
final class ContractSchema {

	private ContractSchema() {
	}

	static NormalizedSchema newest() {
		MigrationCatalog catalog = MigrationCatalog.load(ContractSchema.class.getClassLoader());
		return catalog.expectedSchema(catalog.newestVersion(DatabaseKind.SQLITE));
	}

}
