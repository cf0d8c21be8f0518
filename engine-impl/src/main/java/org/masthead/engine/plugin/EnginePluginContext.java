package org.masthead.engine.plugin;

import org.masthead.api.plugin.PluginContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link PluginContext} of one plugin. */
final class EnginePluginContext implements PluginContext {
    private static final Logger LOG = LoggerFactory.getLogger(EnginePluginContext.class);

    private final String pluginId;
    private final PluginSettings settings;

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
        try {
            return ConfigBinder.bind(type, settings.settings(pluginId));
        } catch (IllegalArgumentException e) {
            // Stored values can predate a plugin upgrade; the plugin keeps working on its defaults meanwhile.
            LOG.warn("Plugin {}: stored settings are invalid for {} ({}); using its defaults", pluginId,
                    type.getSimpleName(), e.getMessage());
            return ConfigBinder.bind(type, java.util.Map.of());
        }
    }
}
