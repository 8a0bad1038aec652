/**
 * Reads a database's schema into the normalized form of the Pierre schema contract and compares it
 * with the expected schema of a version.
 * <p>
 * {@link io.pierre.schema.inspect.ExpectedSchemaReader} parses the contract's JSON;
 * {@link io.pierre.schema.inspect.SchemaInspector} reads a live SQLite or PostgreSQL database into
 * the same {@link io.pierre.schema.inspect.NormalizedSchema}; {@link io.pierre.schema.inspect.SchemaComparator}
 * and {@link io.pierre.schema.inspect.ReferenceRowComparator} list how the two differ, as
 * {@link io.pierre.schema.inspect.SchemaDifference}s, none when they are equal.
 */
package io.pierre.schema.inspect;
