package org.masthead.plugins.payout;

import org.masthead.api.plugin.PluginContext;

/** A context that always answers with one configuration, as the engine's would between two admin changes. */
record FixedContext(PartnerProgramConfig current) implements PluginContext {
    @Override
    public String pluginId() {
        return "payout-partner-program";
    }

    @Override
    public <C extends Record> C config(Class<C> type) {
        return type.cast(current);
    }
}
