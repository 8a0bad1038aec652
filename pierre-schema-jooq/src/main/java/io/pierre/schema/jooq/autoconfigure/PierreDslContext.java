package io.pierre.schema.jooq.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Asks for the {@code DSLContext} on the Pierre database, wherever that is: the application's
 * DataSource, {@code pierre.database.url} beside it, or a DataSource marked
 * {@code @PierreDataSource}. Without it, a {@code DSLContext} is Spring Boot's, on the
 * application's DataSource.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface PierreDslContext {

}
