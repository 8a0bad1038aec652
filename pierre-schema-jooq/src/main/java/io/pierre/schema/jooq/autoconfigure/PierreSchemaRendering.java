package io.pierre.schema.jooq.autoconfigure;

import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * How statements on the generated classes name their schema: the classes come from SQLite, which
 * has none, so they render no schema name; on PostgreSQL with {@code pierre.database.schema} set,
 * they render that schema.
 */
final class PierreSchemaRendering {

	private final String postgresSchema;

	/**
	 * @param postgresSchema {@code pierre.database.schema}, or {@code null} for the connection's
	 */
	PierreSchemaRendering(String postgresSchema) {
		this.postgresSchema = postgresSchema;
	}

	/**
	 * The settings for a connection of this dialect.
	 * @param settings the settings so far, left as they are
	 * @param dialect the connection's dialect
	 * @return the settings to use
	 */
	Settings applyTo(Settings settings, SQLDialect dialect) {
		if (this.postgresSchema == null || dialect.family() != SQLDialect.POSTGRES) {
			return settings;
		}
		// The generated classes belong to the unnamed default schema.
		MappedSchema pierre = new MappedSchema().withInput("").withOutput(this.postgresSchema);
		Settings result = SettingsTools.clone(settings);
		RenderMapping mapping = (result.getRenderMapping() != null) ? result.getRenderMapping() : new RenderMapping();
		result.setRenderMapping(mapping.withSchemata(pierre));
		return result;
	}

}
