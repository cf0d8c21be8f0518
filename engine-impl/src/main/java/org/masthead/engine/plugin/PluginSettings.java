package org.masthead.engine.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.masthead.engine.db.Database;

/**
 * Which plugin is active per extension point, and each plugin's settings, as stored in the database. Reads are
 * cached briefly so that a busy feed does not query for them on every call, while a change made on another node
 * still takes effect within {@link #CACHE_TTL}; a change made here takes effect at once.
 */
public final class PluginSettings {
    static final Duration CACHE_TTL = Duration.ofSeconds(2);

    private record Cached<V>(V value, Instant loadedAt) {
    }

    private final Database database;
    private final PluginSettingMapper mapper;
    private final Clock clock;
    private final Map<String, Cached<Optional<String>>> active = new ConcurrentHashMap<>();
    private final Map<String, Cached<Map<String, String>>> settings = new ConcurrentHashMap<>();

    public PluginSettings(Database database, Clock clock) {
        this.database = database;
        this.mapper = database.mapper(PluginSettingMapper.class);
        this.clock = clock;
    }

    /** The plugin an admin made active for {@code point}, if any. */
    public Optional<String> activePlugin(Class<?> point) {
        return cached(active, point.getSimpleName(), name -> Optional.ofNullable(mapper.activePlugin(name)));
    }

    /** Makes {@code pluginId} the active plugin of {@code point}. */
    public void setActivePlugin(Class<?> point, String pluginId) {
        String name = point.getSimpleName();
        long now = clock.millis();
        database.inTransaction(() -> {
            if (mapper.updateActive(name, pluginId, now) == 0) {
                mapper.insertActive(name, pluginId, now);
            }
        });
        active.remove(name);
    }

    /** The stored settings of {@code pluginId}, by name. */
    public Map<String, String> settings(String pluginId) {
        return cached(settings, pluginId, id -> {
            Map<String, String> values = new LinkedHashMap<>();
            mapper.settings(id).forEach(setting -> values.put(setting.name(), setting.value()));
            return Map.copyOf(values);
        });
    }

    /** Replaces the stored settings of {@code pluginId}. */
    public void replaceSettings(String pluginId, Map<String, String> values) {
        database.inTransaction(() -> {
            mapper.deleteSettings(pluginId);
            values.forEach((name, value) -> mapper.insertSetting(pluginId, name, value));
        });
        settings.remove(pluginId);
    }

    private <V> V cached(Map<String, Cached<V>> cache, String key, Function<String, V> load) {
        Instant now = clock.instant();
        Cached<V> hit = cache.get(key);
        if (hit != null && hit.loadedAt().plus(CACHE_TTL).isAfter(now) && !hit.loadedAt().isAfter(now)) {
            return hit.value();
        }
        V value = load.apply(key);
        cache.put(key, new Cached<>(value, now));
        return value;
    }
}
