package io.pierre.schema.autoconfigure;

import io.pierre.schema.actuate.PierreSchemaEndpoint;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * What a native image of an application on the starter needs of it: the embedded schema (every
 * migration script, every version's expected schema and the index of scripts with their checksums)
 * and the endpoint's JSON types, which Jackson writes by reflection.
 */
class PierreSchemaRuntimeHints implements RuntimeHintsRegistrar {

	private static final String ACTUATOR_ENDPOINT = "org.springframework.boot.actuate.endpoint.OperationResponseBody";

	@Override
	public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
		hints.resources().registerPattern("db/pierre/**");
		// The actuator is the application's choice; without it there is no endpoint to describe.
		if (ClassUtils.isPresent(ACTUATOR_ENDPOINT, classLoader)) {
			new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
					PierreSchemaEndpoint.SchemaDescriptor.class, PierreSchemaEndpoint.MigrationDescriptor.class);
		}
	}

}
