package org.masthead.api.plugin;

import org.apiguardian.api.API;

/**
 * The engine as one plugin sees it. An extension whose public constructor takes a {@code PluginContext} gets
 * one; an extension with a no-argument constructor does without.
 *
 * <p>Configuration is a record the plugin declares: its no-argument constructor gives the defaults, its
 * compact constructor validates, and its components may carry {@link Setting}. The engine stores an admin's
 * changes and {@link #config(Class)} returns the current values, so changes apply on the next call without a
 * restart. Implementations are thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PluginContext {

    /** The id of the plugin this context belongs to, as in its descriptor. */
    String pluginId();

    /**
     * The plugin's current configuration: the record's defaults overridden by what an admin stored.
     *
     * @param type the plugin's configuration record; it must have a public no-argument constructor
     * @throws IllegalArgumentException if the type is not such a record
     */
    <C extends Record> C config(Class<C> type);
}
