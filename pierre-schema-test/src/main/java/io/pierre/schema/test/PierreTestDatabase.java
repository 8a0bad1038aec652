package io.pierre.schema.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Gives a Spring test class's application context a database of its own at the newest Pierre
 * schema: a SQLite file in a temporary folder, or a PostgreSQL database created on the test server
 * (see {@link TestPostgres}). The database becomes {@code pierre.database.url} and
 * {@code spring.datasource.url}, and Boot's test slices keep it
 * ({@code spring.test.database.replace=none}); it works with {@code @SpringBootTest},
 * {@code @JdbcTest} and the other slices. The database is a {@link MigratedDatabase} bean too.
 * <p>
 * The database belongs to the test class: its context is closed after the class, and the
 * database dropped with it. For one per test, add
 * {@code @DirtiesContext(classMode = AFTER_EACH_TEST_METHOD)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PierreTestDatabase {

	/**
	 * The database.
	 * @return the database, SQLite unless told otherwise
	 */
	DatabaseKind value() default DatabaseKind.SQLITE;

}
