package io.pierre.schema.sql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code static final String} constant that holds a statement, so that javac prepares it
 * on SQLite and PostgreSQL at the Pierre schema (see {@link PierreSqlProcessor}). The constant
 * must be a compile-time constant; {@code ?} and {@code :name} placeholders are read as
 * JdbcTemplate and NamedParameterJdbcTemplate read them.
 * <pre class="code">
 * &#64;PierreSql
 * static final String FIND_USER = "SELECT id, email FROM users WHERE id = ?";
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface PierreSql {

}
