package org.masthead.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Names the configuration record an extension reads with {@link PluginContext#config(Class)}, so that the engine
 * can show its form in the admin console (one field per component, with its {@link Setting} help and range and
 * the record's defaults) and validate an admin's changes before storing them, rather than when the plugin next
 * runs.
 *
 * <pre>{@code
 * @Extension
 * @ConfiguredBy(LocalNewsConfig.class)
 * public class LocalNewsRanker implements FeedRanker { ... }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConfiguredBy {

    /** The configuration record; it must have a public no-argument constructor that holds the defaults. */
    Class<? extends Record> value();
}
