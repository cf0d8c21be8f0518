package org.masthead.engine.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's branding, stored in the database so every node serves the same. Read on every page, so it is cached
 * for {@link #CACHE_TTL}: a change made here shows at once, one made on another node within that time.
 */
@ApplicationScoped
public class BrandingService {
    static final Duration CACHE_TTL = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(BrandingService.class);
    private static final String NAME = "branding";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Cached(Branding branding, Instant loadedAt) {
    }

    private final Database database;
    private final SiteSettingMapper settings;
    private final Clock clock;
    private final Branding defaults;
    private volatile Cached cached;

    private final AuditLog audit;

    @Inject
    public BrandingService(Database database, Clock clock, @Named("siteName") String siteName, AuditLog audit) {
        this.database = database;
        this.audit = audit;
        this.settings = database.mapper(SiteSettingMapper.class);
        this.clock = clock;
        this.defaults = Branding.defaults(siteName);
    }

    /** The branding in effect. */
    public Branding current() {
        Cached now = cached;
        if (now == null || now.loadedAt().plus(CACHE_TTL).isBefore(clock.instant())) {
            now = new Cached(load(), clock.instant());
            cached = now;
        }
        return now.branding();
    }

    /** Replaces the branding (an admin's change); it applies at once, without a restart. */
    public Branding update(CurrentUser admin, Branding branding) {
        String json;
        try {
            json = JSON.writeValueAsString(branding);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Instant now = clock.instant();
        Branding before = current();
        DuplicateKeys.inTransaction(database, () -> {
            if (settings.update(NAME, json, admin.id(), now) == 0) {
                settings.insert(NAME, json, admin.id(), now);
            }
            audit.record(admin, "branding.update", "branding", AuditLog.diff(fields(before), fields(branding)));
        });
        LOG.info("Branding changed by user {}", admin.id());
        cached = new Cached(branding, now);
        return branding;
    }

    private static Map<String, Object> fields(Branding branding) {
        return JSON.convertValue(branding, new TypeReference<Map<String, Object>>() { });
    }

    private Branding load() {
        String json = settings.value(NAME);
        if (json == null) {
            return defaults;
        }
        try {
            return JSON.readValue(json, Branding.class);
        } catch (JsonProcessingException | RuntimeException e) {
            // Stored by an older version with other rules: the site must still render, in the bundled look.
            LOG.warn("Stored branding is no longer valid ({}); using the defaults", e.getMessage());
            return defaults;
        }
    }
}
