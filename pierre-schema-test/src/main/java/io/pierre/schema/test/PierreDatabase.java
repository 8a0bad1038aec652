package io.pierre.schema.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.pierre.schema.jdbc.DatabaseKind;

/**
 * Says which database {@link PierreDatabaseExtension} gives a {@code DataSource} or
 * {@link MigratedDatabase} parameter; without it, SQLite.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PierreDatabase {

	/**
	 * The database.
	 * @return the database
	 */
	DatabaseKind value();

}
