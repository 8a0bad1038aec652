package io.pierre.schema.autoconfigure;

import io.pierre.schema.actuate.PierreDatabaseSanitizingFunction;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the Pierre database's password out of {@code /actuator/env} and
 * {@code /actuator/configprops}, whatever their {@code show-values}, where the actuator is there.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class PierreSchemaSanitizingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PierreDatabaseSanitizingFunction pierreDatabaseSanitizingFunction() {
		return new PierreDatabaseSanitizingFunction();
	}

}
