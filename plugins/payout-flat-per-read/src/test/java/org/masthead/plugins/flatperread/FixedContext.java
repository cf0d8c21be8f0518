package org.masthead.plugins.flatperread;

import org.masthead.api.plugin.PluginContext;

/** A context that always answers with one configuration, as the engine's would between two admin changes. */
record FixedContext(FlatPerReadConfig current) implements PluginContext {
    @Override
    public String pluginId() {
        return "payout-flat-per-read";
    }

    @Override
    public <C extends Record> C config(Class<C> type) {
        return type.cast(current);
    }
}
