package io.pierre.schema.autoconfigure;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.pierre.schema.actuate.PierreSchemaMetrics;
import io.pierre.schema.migration.PierreSchemaMigrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Contributes the Pierre schema's metrics ({@code pierre.schema.version},
 * {@code pierre.schema.pending}, {@code pierre.schema.migration}) where Micrometer and a
 * {@link MeterRegistry} are there.
 */
@AutoConfiguration(after = PierreSchemaAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, MeterBinder.class })
@ConditionalOnBean({ PierreSchemaMigrator.class, MeterRegistry.class })
public final class PierreSchemaMetricsAutoConfiguration {

	/** One reading of the history table serves both gauges of one scrape. */
	private static final Duration READING_MAX_AGE = Duration.ofSeconds(5);

	@Bean
	@ConditionalOnMissingBean
	PierreSchemaMetrics pierreSchemaMetrics(PierreSchemaMigrator migrator,
			ObjectProvider<PierreSchemaInitializer> initializer) {
		// Asking for the initializer makes it run first, so that its report is there.
		PierreSchemaInitializer startup = initializer.getIfAvailable();
		return new PierreSchemaMetrics(migrator, (startup != null) ? startup.getReport() : Optional.empty(),
				READING_MAX_AGE);
	}

}
