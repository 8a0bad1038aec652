package io.pierre.schema.sql;

import java.util.List;

import javax.sql.DataSource;

import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.catalog.SchemaVersion;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.migration.MigrationSettings;
import io.pierre.schema.migration.PierreSchemaMigrator;
import io.pierre.schema.safety.BackupPolicy;

/**
 * The schema that statements are checked at: a version of the starter's catalog, the newest
 * unless {@value SqlCheckOptions#TARGET} names another, then the service's own migrations.
 */
final class SchemaTarget {

	private final MigrationCatalog catalog;

	private final SchemaVersion version;

	private final OwnMigrations serviceMigrations;

	private SchemaTarget(MigrationCatalog catalog, SchemaVersion version, OwnMigrations serviceMigrations) {
		this.catalog = catalog;
		this.version = version;
		this.serviceMigrations = serviceMigrations;
	}

	/**
	 * Resolves the target.
	 * @param catalog what the starter embeds
	 * @param target the version asked for, or {@code null} for the newest
	 * @param serviceMigrations the service's own migrations
	 * @return the target
	 * @throws IllegalArgumentException if the starter has no such version
	 */
	static SchemaTarget of(MigrationCatalog catalog, SchemaVersion target, OwnMigrations serviceMigrations) {
		List<SchemaVersion> versions = catalog.versions();
		if (target != null && !versions.contains(target)) {
			throw new IllegalArgumentException("-A" + SqlCheckOptions.TARGET + "=" + target
					+ ": the Pierre schema has no such version; it has " + versions.get(0) + " to "
					+ versions.get(versions.size() - 1));
		}
		SchemaVersion version = (target != null) ? target : catalog.newestVersion(DatabaseKind.SQLITE);
		return new SchemaTarget(catalog, version, serviceMigrations);
	}

	SchemaVersion version() {
		return this.version;
	}

	MigrationCatalog catalog() {
		return this.catalog;
	}

	/**
	 * Whether the target is the newest version of its catalog.
	 * @return whether no newer version is embedded
	 */
	boolean isNewest() {
		return this.version.equals(this.catalog.newestVersion(DatabaseKind.SQLITE));
	}

	/**
	 * The target as metadata and messages name it.
	 * @return such as {@code Pierre schema 20250120000021}
	 */
	String describe() {
		return describe(this.version.text(), this.serviceMigrations.fingerprint());
	}

	static String describe(String version, String serviceMigrations) {
		return "Pierre schema " + version
				+ ((serviceMigrations == null || serviceMigrations.isEmpty()) ? "" : ", service migrations " + serviceMigrations);
	}

	OwnMigrations serviceMigrations() {
		return this.serviceMigrations;
	}

	/**
	 * Brings a database to this target: the Pierre schema with the starter's own migrator (no
	 * backup: the database is the processor's), then the service's migrations.
	 * @param dataSource the database
	 * @param kind what the database is
	 */
	void migrate(DataSource dataSource, DatabaseKind kind) {
		new PierreSchemaMigrator(dataSource,
				MigrationSettings.defaults().withBackup(BackupPolicy.disabled()).withTarget(this.version), this.catalog)
			.migrate();
		this.serviceMigrations.apply(dataSource, kind);
	}

}
