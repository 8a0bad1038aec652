/**
 * How a PostgreSQL migration waits for the locks of a live database: a short lock timeout per
 * version, bounded retries with growing jittered pauses, and the sessions that block it, named.
 */
package io.pierre.schema.locks;
