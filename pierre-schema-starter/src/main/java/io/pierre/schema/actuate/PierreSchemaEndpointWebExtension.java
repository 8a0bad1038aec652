package io.pierre.schema.actuate;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * The {@code pierreschema} endpoint over HTTP: a database that cannot be read is answered with
 * {@code 503 Service Unavailable} and a JSON body that says why, credentials masked, as health
 * reports it, instead of a {@code 500} and a stack trace at ERROR in the log.
 */
@EndpointWebExtension(endpoint = PierreSchemaEndpoint.class)
public class PierreSchemaEndpointWebExtension {

	private static final Log logger = LogFactory.getLog(PierreSchemaEndpointWebExtension.class);

	private final PierreSchemaEndpoint delegate;

	private final SecretRedactor redactor;

	/**
	 * Creates the extension.
	 * @param delegate the endpoint
	 * @param redactor masks credentials in error messages
	 */
	public PierreSchemaEndpointWebExtension(PierreSchemaEndpoint delegate, SecretRedactor redactor) {
		this.delegate = delegate;
		this.redactor = redactor;
	}

	/**
	 * Reads the schema's state.
	 * @return the schema and its migrations, or why the database could not be read
	 */
	@ReadOperation
	public WebEndpointResponse<Object> schema() {
		try {
			return new WebEndpointResponse<>(this.delegate.schema());
		}
		catch (RuntimeException ex) {
			String message = this.redactor.redact((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName());
			// The caller gets the reason; the stack trace is there for whoever turns debug on.
			logger.warn("Pierre schema endpoint could not read the database: " + message);
			logger.debug("Pierre schema endpoint failure", ex);
			return new WebEndpointResponse<>(Map.of("error", message), WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE);
		}
	}

}
