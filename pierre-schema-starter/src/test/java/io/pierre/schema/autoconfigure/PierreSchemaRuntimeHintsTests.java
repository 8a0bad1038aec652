package io.pierre.schema.autoconfigure;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import io.pierre.schema.actuate.PierreSchemaEndpoint;
import io.pierre.schema.catalog.CatalogEntry;
import io.pierre.schema.catalog.MigrationCatalog;
import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.revert.RevertScripts;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PierreSchemaRuntimeHints} covers every resource of the embedded schema and the endpoint's
 * JSON types.
 */
class PierreSchemaRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	PierreSchemaRuntimeHintsTests() {
		new PierreSchemaRuntimeHints().registerHints(this.hints, getClass().getClassLoader());
	}

	@Test
	void everyEmbeddedResourceIsIncluded() throws IOException {
		Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
			.getResources("classpath:db/pierre/**/*.*");
		// The up and down scripts (one file where both databases share it), an expected schema per
		// version, the index and the earlier checksums that the build folds into it, and the
		// preparations that PostgreSQL runs before a version's transaction.
		MigrationCatalog catalog = MigrationCatalog.load(getClass().getClassLoader());
		RevertScripts revertScripts = new RevertScripts(getClass().getClassLoader());
		Set<String> scripts = new HashSet<>();
		for (DatabaseKind kind : DatabaseKind.values()) {
			for (CatalogEntry entry : catalog.entries(kind)) {
				scripts.add(entry.script());
				revertScripts.find(kind, entry.version().text(), entry.description()).ifPresent(scripts::add);
			}
		}
		int preparations = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
			.getResources("classpath:db/pierre/prepare/**/*.sql").length;
		assertThat(preparations).isPositive();
		assertThat(resources).hasSize(scripts.size() + catalog.versions().size() + 2 + preparations);
		for (Resource resource : resources) {
			String path = resource.getURL().getPath();
			String name = path.substring(path.indexOf("db/pierre/"));
			assertThat(RuntimeHintsPredicates.resource().forResource(name)).as(name).accepts(this.hints);
		}
		assertThat(RuntimeHintsPredicates.resource().forResource(MigrationCatalog.INDEX)).accepts(this.hints);
	}

	@Test
	void endpointTypesAreBoundForJackson() {
		assertThat(RuntimeHintsPredicates.reflection().onType(PierreSchemaEndpoint.SchemaDescriptor.class))
			.accepts(this.hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(PierreSchemaEndpoint.MigrationDescriptor.class))
			.accepts(this.hints);
	}

	@Test
	void aotProcessingFindsThem() {
		// Listed in aot.factories rather than imported by an auto-configuration, so that a start on
		// the JVM, which has no use for hints, does not load the registrar.
		assertThat(SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)).hasAtLeastOneElementOfType(PierreSchemaRuntimeHints.class);
	}

}
