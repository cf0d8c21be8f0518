package org.masthead.engine.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Security headers on every response: no sniffing, no framing by others, a strict Content-Security-Policy whose
 * {@code frame-src} lists exactly the origins embeds may frame, and nothing when there are none.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {
    private final String contentSecurityPolicy;

    /** @param frameOrigins the origins (such as {@code https://player.vimeo.com}) pages may load frames from */
    public SecurityHeadersFilter(List<String> frameOrigins) {
        this.contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "frame-src " + (frameOrigins.isEmpty() ? "'none'" : String.join(" ", frameOrigins)) + "; "
                + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putIfAbsent("Content-Security-Policy", List.of(contentSecurityPolicy));
    }
}
