package org.masthead.engine.embed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.jobs.PeriodicJob;

/** Deletes expired embed resolutions, so the cache stays as large as the URLs resolved within its TTL. */
@ApplicationScoped
public class EmbedCachePurge implements PeriodicJob {
    private final EmbedService embeds;

    @Inject
    public EmbedCachePurge(EmbedService embeds) {
        this.embeds = embeds;
    }

    @Override
    public String name() {
        return "embed-cache-purge";
    }

    @Override
    public void run() {
        embeds.purgeExpired();
    }
}
