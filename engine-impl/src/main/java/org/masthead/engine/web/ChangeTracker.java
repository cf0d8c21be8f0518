package org.masthead.engine.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Tells the page cache when a request may have changed what readers see: any successful request that is not a
 * read. It runs before the response is sent, so the client's next request already sees the change.
 */
@Provider
@WebComponent
public class ChangeTracker implements ContainerResponseFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final PageCache pages;

    @Inject
    public ChangeTracker(PageCache pages) {
        this.pages = pages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod()) && response.getStatus() < 400) {
            pages.changed();
        }
    }
}
