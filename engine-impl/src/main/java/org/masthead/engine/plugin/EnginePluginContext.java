package org.masthead.engine.plugin;

import java.util.Map;
import org.masthead.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link PluginContext} of one plugin. */
final class EnginePluginContext implements PluginContext {
    private static final Logger LOG = LoggerFactory.getLogger(EnginePluginContext.class);

    private final String pluginId;
    private final PluginSettings settings;
    private volatile Bound last;

    EnginePluginContext(String pluginId, PluginSettings settings) {
        this.pluginId = pluginId;
        this.settings = settings;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public <C extends Record> C config(Class<C> type) {
        // Plugins read their configuration on every call (so a change applies at once) and binding it reflects
        // over the record: reuse the last binding while the stored values are the same.
        Map<String, String> values = settings.settings(pluginId);
        Bound last = this.last;
        if (last != null && last.type() == type && last.values().equals(values)) {
            return type.cast(last.config());
        }
        C config;
        try {
            config = ConfigBinder.bind(type, values);
        } catch (IllegalArgumentException e) {
            // Stored values can predate a plugin upgrade; the plugin keeps working on its defaults meanwhile.
            LOG.warn("Plugin {}: stored settings are invalid for {} ({}); using its defaults", pluginId,
                    type.getSimpleName(), e.getMessage());
            config = ConfigBinder.bind(type, Map.of());
        }
        this.last = new Bound(type, values, config);
        return config;
    }

    /** A configuration record as bound from stored values; records are immutable, so any thread may share it. */
    private record Bound(Class<?> type, Map<String, String> values, Record config) {
    }
}
