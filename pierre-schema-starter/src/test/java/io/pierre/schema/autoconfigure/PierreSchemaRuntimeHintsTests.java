package io.pierre.schema.autoconfigure;

import java.io.IOException;

import io.pierre.schema.actuate.PierreSchemaEndpoint;
import io.pierre.schema.catalog.MigrationCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
		// 21 up scripts, 21 down scripts, 20 expected schemas, the index and the earlier checksums
		// that the build folds into it.
		assertThat(resources).hasSize(64);
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
	void theAutoConfigurationImportsThem() {
		assertThat(PierreSchemaAutoConfiguration.class
			.getAnnotation(org.springframework.context.annotation.ImportRuntimeHints.class)
			.value()).containsExactly(PierreSchemaRuntimeHints.class);
	}

}
