package org.masthead.api.embed;

import java.util.Objects;
import org.apiguardian.api.API;

/** Why the {@link HttpFetcher} returned no response; the message says more, for logs. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Reason {
        /** Not an absolute http(s) URL, or one with credentials or an unusual port. */
        INVALID_URL,
        /** The host is, or resolves to, an address the engine does not fetch from (private, loopback…). */
        REFUSED_ADDRESS,
        /** More redirects than the engine follows. */
        TOO_MANY_REDIRECTS,
        /** Connecting or reading took longer than the engine allows. */
        TIMEOUT,
        /** The body is larger than the engine's limit. */
        TOO_LARGE,
        /** The response's media type is not one the caller accepts. */
        UNACCEPTABLE_TYPE,
        /** The server answered with a status other than 2xx (after redirects). */
        HTTP_STATUS,
        /** The host is unknown, the connection failed, or the response was not valid HTTP. */
        NETWORK
    }

    private final Reason reason;

    public FetchException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }
}
