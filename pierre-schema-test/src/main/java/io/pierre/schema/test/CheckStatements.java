package io.pierre.schema.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records every statement that the service's code runs during this class's tests and, when the
 * test run ends, prepares each on the other database (PostgreSQL for what ran on SQLite, SQLite
 * for what ran on PostgreSQL), which gets the Pierre schema and then the service's own migrations
 * that the context's configuration gives Boot (see
 * {@link io.pierre.schema.service.ServiceMigrationDiscovery}): one that the other database refuses
 * fails the run, with the statement, the test that ran it and the database's error.
 * <p>
 * Recorded are the DataSource beans of the class's Spring application context and the
 * DataSources that {@link PierreDatabaseExtension} gives it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StatementCheckExtension.class)
public @interface CheckStatements {

}
