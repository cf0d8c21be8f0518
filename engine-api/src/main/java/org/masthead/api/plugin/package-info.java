/** What a plugin sees of the engine: its context, its typed configuration, and how extension points dispatch. */
package org.masthead.api.plugin;
