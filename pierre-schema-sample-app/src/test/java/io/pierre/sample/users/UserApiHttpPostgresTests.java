package io.pierre.sample.users;

import io.pierre.schema.jdbc.DatabaseKind;
import io.pierre.schema.test.PierreTestDatabase;

/**
 * The same endpoints on a migrated PostgreSQL database of the class's own; what they run there is
 * prepared on SQLite too when the test run ends.
 */
@PierreTestDatabase(DatabaseKind.POSTGRESQL)
class UserApiHttpPostgresTests extends UserApiHttpTests {

}
