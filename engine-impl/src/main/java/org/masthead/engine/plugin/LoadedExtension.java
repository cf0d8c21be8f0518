package org.masthead.engine.plugin;

/**
 * One extension instance and the plugin it came from.
 *
 * @param pluginId the plugin's id
 * @param instance the extension
 */
public record LoadedExtension<T>(String pluginId, T instance) {
}
