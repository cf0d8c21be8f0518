package org.masthead.engine.web;

import jakarta.ws.rs.core.Response;

/**
 * A client error with a stable code: rendered as {@code {"errors":[{"code","message"}]}} for the API and as a
 * readable page for the site. Logged at most at INFO.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /**
     * Returns {@code body}, or throws 400 {@code missing_body} when a request that needs a JSON body came without.
     */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw badRequest("missing_body", "a JSON body is required");
        }
        return body;
    }

    /**
     * The list size a request asked for with {@code ?limit=}: {@code fallback} when it did not ask, 400
     * {@code invalid_limit} outside 1 to {@code max}.
     */
    public static int limit(Integer requested, int fallback, int max) {
        int size = requested == null ? fallback : requested;
        if (size < 1 || size > max) {
            throw badRequest("invalid_limit", "limit must be between 1 and " + max);
        }
        return size;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "sign in first");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public int status() {
        return status;
    }

    public Response.Status.Family family() {
        return Response.Status.Family.familyOf(status);
    }

    public String code() {
        return code;
    }
}
