package org.masthead.engine.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings admins change at run time (branding, curation, the paywall…), each a record stored as JSON in
 * {@code site_setting} under its name, so that every node reads the same and a change applies without a restart.
 */
@ApplicationScoped
public class StoredSettings {
    private static final Logger LOG = LoggerFactory.getLogger(StoredSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final SiteSettingMapper settings;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public StoredSettings(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.settings = database.mapper(SiteSettingMapper.class);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The stored value of {@code name}, or empty when none is stored or what is stored no longer reads as
     * {@code type} (an older version's rules): the site must go on with its defaults, so that is a warning only.
     */
    public <T> Optional<T> read(String name, Class<T> type) {
        String json = settings.value(name);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, type));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Stored {} settings are no longer valid ({}); using the defaults", name, e.getMessage());
            return Optional.empty();
        }
    }

    /** The settings in effect: what is stored over {@code defaults}, or the defaults when that is out of range. */
    public <T extends Tunable<T>> T current(String name, Class<T> type, T defaults) {
        try {
            return read(name, type).orElse(defaults).over(defaults);
        } catch (IllegalArgumentException e) {
            LOG.warn("Stored {} settings are out of range ({}); using the defaults", name, e.getMessage());
            return defaults;
        }
    }

    /**
     * An admin's partial change of the settings {@code name}: validated (400 {@code invalid_settings} naming the
     * rule, nothing stored), stored and audited.
     */
    public <T extends Tunable<T>> T change(CurrentUser admin, String name, String action, Class<T> type, T defaults,
                                           T change) {
        ApiException.requireBody(change);
        T before = current(name, type, defaults);
        T after;
        try {
            after = change.over(before);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_settings", e.getMessage());
        }
        write(admin, name, action, before, after);
        return after;
    }

    /** Stores {@code after} under {@code name} and audits the change as a field-by-field diff, in one transaction. */
    public <T> void write(CurrentUser admin, String name, String action, T before, T after) {
        String json;
        try {
            json = JSON.writeValueAsString(after);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        DuplicateKeys.inTransaction(database, () -> {
            if (settings.update(name, json, admin.id(), clock.instant()) == 0) {
                settings.insert(name, json, admin.id(), clock.instant());
            }
            audit.record(admin, action, name, AuditLog.diff(fields(before), fields(after)));
        });
        LOG.info("Settings {} changed by user {}", name, admin.id());
    }

    private static Map<String, Object> fields(Object value) {
        return JSON.convertValue(value, new TypeReference<Map<String, Object>>() { });
    }
}
