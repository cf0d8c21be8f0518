/**
 * The plugin host: PF4J loads plugin jars, the guard runs every call into a plugin with a time budget and a
 * fallback, and the guarded extension points are the CDI beans the rest of the engine injects.
 */
package org.masthead.engine.plugin;
