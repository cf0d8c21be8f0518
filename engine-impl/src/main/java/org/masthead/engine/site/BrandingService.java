package org.masthead.engine.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.masthead.engine.account.CurrentUser;

/**
 * The site's branding, stored in the database so every node serves the same. Read on every page, so it is cached
 * for {@link #CACHE_TTL}: a change made here shows at once, one made on another node within that time.
 */
@ApplicationScoped
public class BrandingService {
    static final Duration CACHE_TTL = Duration.ofSeconds(2);
    private static final String NAME = "branding";

    private record Cached(Branding branding, Instant loadedAt) {
    }

    private final StoredSettings settings;
    private final Clock clock;
    private final Branding defaults;
    private volatile Cached cached;

    @Inject
    public BrandingService(StoredSettings settings, Clock clock, @Named("siteName") String siteName) {
        this.settings = settings;
        this.clock = clock;
        this.defaults = Branding.defaults(siteName);
    }

    /** The branding in effect. */
    public Branding current() {
        Cached now = cached;
        if (now == null || now.loadedAt().plus(CACHE_TTL).isBefore(clock.instant())) {
            // What an older version stored under other rules falls back to the bundled look: the site must render.
            now = new Cached(settings.read(NAME, Branding.class).orElse(defaults), clock.instant());
            cached = now;
        }
        return now.branding();
    }

    /** Replaces the branding (an admin's change); it applies at once, without a restart. */
    public Branding update(CurrentUser admin, Branding branding) {
        settings.write(admin, NAME, "branding.update", current(), branding);
        cached = new Cached(branding, clock.instant());
        return branding;
    }
}
