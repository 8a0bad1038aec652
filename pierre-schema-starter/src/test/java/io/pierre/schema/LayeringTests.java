package io.pierre.schema;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The starter's packages depend on each other only downward, as the Layout in docs/development.md lists them,
 * and Flyway and Liquibase are each reached through one package only, so that a start with
 * nothing to do never loads them (and a service without Liquibase never needs it).
 */
class LayeringTests {

	private static final JavaClasses STARTER = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.pierre.schema");

	@Test
	void packagesFormNoCycle() {
		slices().matching("io.pierre.schema.(*)..").should().beFreeOfCycles().check(STARTER);
	}

	@Test
	void onlyTheFlywayPackageUsesFlyway() {
		noClasses().that()
			.resideOutsideOfPackage("io.pierre.schema.flyway..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.flywaydb..")
			.check(STARTER);
	}

	@Test
	void onlyTheLiquibasePackageUsesLiquibase() {
		noClasses().that()
			.resideOutsideOfPackage("io.pierre.schema.liquibase..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("liquibase..")
			.check(STARTER);
	}

	@Test
	void eachPackageUsesOnlyThePackagesBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("exceptions").definedBy("io.pierre.schema")
			.layer("jdbc").definedBy("io.pierre.schema.jdbc..")
			.layer("inspect").definedBy("io.pierre.schema.inspect..")
			.layer("catalog").definedBy("io.pierre.schema.catalog..")
			.layer("integrity").definedBy("io.pierre.schema.integrity..")
			.layer("history").definedBy("io.pierre.schema.history..")
			.layer("locks").definedBy("io.pierre.schema.locks..")
			.layer("flyway").definedBy("io.pierre.schema.flyway..")
			.layer("liquibase").definedBy("io.pierre.schema.liquibase..")
			.layer("safety").definedBy("io.pierre.schema.safety..")
			.layer("adoption").definedBy("io.pierre.schema.adoption..")
			.layer("revert").definedBy("io.pierre.schema.revert..")
			.layer("migration").definedBy("io.pierre.schema.migration..")
			.layer("transfer").definedBy("io.pierre.schema.transfer..")
			.layer("actuate").definedBy("io.pierre.schema.actuate..")
			.layer("service").definedBy("io.pierre.schema.service..")
			.layer("autoconfigure").definedBy("io.pierre.schema.autoconfigure..")
			.whereLayer("exceptions").mayNotAccessAnyLayer()
			.whereLayer("jdbc").mayOnlyAccessLayers("exceptions")
			.whereLayer("inspect").mayOnlyAccessLayers("exceptions", "jdbc")
			.whereLayer("catalog").mayOnlyAccessLayers("exceptions", "jdbc", "inspect")
			.whereLayer("history").mayOnlyAccessLayers("exceptions", "jdbc", "catalog")
			.whereLayer("integrity").mayOnlyAccessLayers("jdbc")
			.whereLayer("locks").mayOnlyAccessLayers("exceptions", "catalog")
			.whereLayer("flyway")
			.mayOnlyAccessLayers("exceptions", "jdbc", "catalog", "history", "integrity", "locks")
			.whereLayer("liquibase").mayOnlyAccessLayers("exceptions", "jdbc")
			.whereLayer("safety").mayOnlyAccessLayers("exceptions", "jdbc", "history")
			.whereLayer("adoption").mayOnlyAccessLayers("exceptions", "jdbc", "inspect", "catalog", "history")
			.whereLayer("revert").mayOnlyAccessLayers("exceptions", "jdbc", "inspect", "catalog", "integrity")
			.whereLayer("migration")
			.mayOnlyAccessLayers("exceptions", "jdbc", "inspect", "catalog", "history", "locks", "flyway", "safety",
					"adoption", "revert")
			.whereLayer("transfer")
			.mayOnlyAccessLayers("exceptions", "jdbc", "inspect", "catalog", "history", "migration")
			.whereLayer("actuate")
			.mayOnlyAccessLayers("exceptions", "jdbc", "inspect", "catalog", "history", "migration")
			.whereLayer("service").mayOnlyAccessLayers("exceptions", "jdbc", "flyway", "liquibase")
			.check(STARTER);
	}

}
