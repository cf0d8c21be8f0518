package org.masthead.engine.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.stream.Collectors;
import org.masthead.engine.site.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception into the API's JSON error envelope, or into a readable page on the site. Client errors
 * are logged at INFO at most; only unexpected failures are logged as errors, and no stack trace ever reaches a
 * client.
 */
@Provider
@WebComponent
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private final Templates templates;

    @Context
    private UriInfo uriInfo;

    @Inject
    public ErrorMapper(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Response toResponse(Throwable exception) {
        ApiException error = classify(exception);
        if (error.status() >= 500) {
            LOG.error("Request to {} failed", path(), exception);
        } else {
            LOG.debug("Request to {} refused: {} {}", path(), error.status(), error.getMessage());
        }
        if (isApi()) {
            return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.of(error.code(), error.getMessage())).build();
        }
        return Response.status(error.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(templates.render("error.vm", Map.of("status", error.status(), "message", error.getMessage())))
                .build();
    }

    private static ApiException classify(Throwable exception) {
        // Jackson wraps what goes wrong while it reads (a syntax error, a body over the limit) in mapping errors.
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
            if (cause instanceof JsonParseException) {
                return ApiException.badRequest("malformed_json", "the request body is not valid JSON");
            }
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return ApiException.badRequest("unknown_field", "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (exception instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining("."));
            return ApiException.badRequest("invalid_field", field.isEmpty()
                    ? "the request body does not have the expected shape"
                    : "field '" + field + "' has the wrong type or value");
        }
        if (exception instanceof JsonProcessingException) {
            return ApiException.badRequest("invalid_json", "the request body cannot be read");
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return new ApiException(status, "internal_error", "something went wrong on our side");
            }
            String reason = web.getResponse().getStatusInfo().getReasonPhrase();
            return new ApiException(status, reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), reason);
        }
        return new ApiException(500, "internal_error", "something went wrong on our side");
    }

    private boolean isApi() {
        String path = path();
        return path.startsWith("api/") || path.startsWith("v1/") || path.equals("health") || path.equals("version");
    }

    private String path() {
        try {
            return uriInfo == null ? "" : uriInfo.getPath(false).replaceFirst("^/", "");
        } catch (IllegalStateException outsideRequest) {
            return "";
        }
    }
}
