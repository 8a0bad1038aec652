package io.pierre.schema.autoconfigure;

import io.pierre.schema.PierreSchemaException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the starter's startup failures into Boot's failure report: what went wrong and what to
 * do, instead of a stack trace.
 */
class PierreSchemaFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PierreSchemaException pierre) {
				return new FailureAnalysis(pierre.getMessage(), pierre.getAction(), pierre);
			}
		}
		return null;
	}

}
