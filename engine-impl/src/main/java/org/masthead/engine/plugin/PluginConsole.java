package org.masthead.engine.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.api.plugin.Dispatch;

/** What the admin console shows about plugins: per extension point, who is installed, active and healthy. */
@ApplicationScoped
public class PluginConsole {

    /**
     * One extension point.
     *
     * @param name    its interface's simple name
     * @param ordered whether all enabled plugins run in order (first match wins) rather than one active
     * @param active  the active plugin's id, or empty when the engine's fallback answers
     * @param plugins the plugins that implement it
     */
    public record Point(String name, boolean ordered, String active, List<Installed> plugins) {
    }

    /**
     * A plugin at one extension point.
     *
     * @param id      plugin id
     * @param version version
     * @param active  whether it is the active one
     * @param health  its calls, failures, timeouts, fallbacks and p99 time here
     * @param fields  its settings form (empty when it declares no configuration record)
     */
    public record Installed(String id, String version, boolean active, Guard.Health health,
                            List<ConfigBinder.Field> fields) {
    }

    private final Provider<PluginHost> host;
    private final Provider<Guard> guard;
    private final Provider<PluginSettings> settings;

    @Inject
    public PluginConsole(Provider<PluginHost> host, Provider<Guard> guard, Provider<PluginSettings> settings) {
        this.host = host;
        this.guard = guard;
        this.settings = settings;
    }

    /** Every extension point with its plugins. */
    public List<Point> points() {
        List<PluginHost.PluginInfo> plugins = host.get().plugins();
        List<Point> points = new ArrayList<>();
        for (Class<?> point : ExtensionPoints.ALL) {
            String active = host.get().active(point).map(LoadedExtension::pluginId).orElse("");
            Map<String, Guard.Health> health = guard.get().health(point);
            List<Installed> installed = plugins.stream()
                    .filter(plugin -> plugin.points().contains(point.getSimpleName()))
                    .map(plugin -> new Installed(plugin.id(), plugin.version(), plugin.id().equals(active),
                            health.getOrDefault(plugin.id(), new Guard.Health(0, 0, 0, 0, 0)),
                            host.get().configType(plugin.id())
                                    .map(type -> ConfigBinder.form(type, settings.get().settings(plugin.id())))
                                    .orElse(List.of())))
                    .toList();
            boolean ordered = ExtensionPoints.dispatch(point).value() == Dispatch.Mode.ORDERED_FIRST_MATCH;
            points.add(new Point(point.getSimpleName(), ordered, ordered ? "" : active, installed));
        }
        return points;
    }

    /** Skipped plugins and why. */
    public Map<String, String> problems() {
        return host.get().problems();
    }

    /** Calls that fell back to the engine, over every plugin and extension point. */
    public long fallbacks() {
        return ExtensionPoints.ALL.stream().flatMap(point -> guard.get().health(point).values().stream())
                .mapToLong(Guard.Health::fallbacks).sum();
    }
}
