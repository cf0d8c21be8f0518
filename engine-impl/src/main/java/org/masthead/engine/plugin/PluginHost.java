package org.masthead.engine.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.masthead.api.plugin.PluginContext;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins in the plugins directory with PF4J, keeps one instance of each extension, and says which one
 * is active per extension point. A plugin that cannot be used (a corrupt jar, an incompatible API version, a jar
 * that bundles its own copy of the engine API) is skipped with a logged reason and listed in {@link #problems()}.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    /** The engine API version plugins declare in {@code Plugin-Requires}. */
    public static final String API_VERSION = "0.1.0";

    /**
     * A plugin as the health endpoint and console show it.
     *
     * @param id      its id
     * @param version its version
     * @param state   PF4J's state of it
     * @param points  the extension points it implements, by simple name
     */
    public record PluginInfo(String id, String version, String state, List<String> points) {
    }

    private final Path pluginsDir;
    private final PluginSettings settings;
    private final PluginManager manager;
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<Class<?>, List<LoadedExtension<?>>> extensions = new LinkedHashMap<>();

    public PluginHost(Path pluginsDir, PluginSettings settings) {
        this.pluginsDir = pluginsDir;
        this.settings = settings;
        this.manager = new DefaultPluginManager(pluginsDir) {
            @Override
            protected ExtensionFactory createExtensionFactory() {
                return new ContextExtensionFactory(PluginHost.this::contextOf);
            }
        };
        manager.setSystemVersion(API_VERSION);
    }

    /** Loads and starts every plugin in the plugins directory and instantiates their extensions. */
    public void start() {
        if (!Files.isDirectory(pluginsDir)) {
            LOG.warn("Plugins directory {} does not exist: running on the engine's built-in fallbacks only", pluginsDir);
            return;
        }
        manager.loadPlugins();
        manager.startPlugins();
        reportSkippedFiles();
        for (PluginWrapper plugin : List.copyOf(manager.getPlugins())) {
            if (plugin.getPluginState() != PluginState.STARTED) {
                String reason = plugin.getFailedException() != null ? plugin.getFailedException().getMessage()
                        : "state " + plugin.getPluginState() + " (requires engine API " + plugin.getDescriptor().getRequires() + ")";
                skip(plugin.getPluginId(), reason);
            } else {
                checkSharesEngineApi(plugin);
            }
        }
        for (Class<?> point : ExtensionPoints.ALL) {
            extensions.put(point, instantiate(point));
        }
        LOG.info("Loaded {} plugin(s) from {}: {}", manager.getStartedPlugins().size(), pluginsDir,
                manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList());
    }

    private List<LoadedExtension<?>> instantiate(Class<?> point) {
        List<LoadedExtension<?>> loaded = new ArrayList<>();
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        started.sort(Comparator.comparing(PluginWrapper::getPluginId));
        for (PluginWrapper plugin : started) {
            try {
                for (Object extension : manager.getExtensions(point, plugin.getPluginId())) {
                    loaded.add(new LoadedExtension<>(plugin.getPluginId(), extension));
                }
            } catch (RuntimeException e) {
                problems.put(plugin.getPluginId(), "cannot create its " + point.getSimpleName() + ": " + e.getMessage());
                LOG.warn("Plugin {}: cannot create its {}: {}", plugin.getPluginId(), point.getSimpleName(), e.getMessage());
            }
        }
        return List.copyOf(loaded);
    }

    /**
     * A plugin jar that bundles the engine API gets its own copy of each interface through plugin-first class
     * loading, and its extensions then match none of the engine's: refuse it loudly instead.
     */
    private void checkSharesEngineApi(PluginWrapper plugin) {
        for (Class<?> point : ExtensionPoints.ALL) {
            try {
                if (plugin.getPluginClassLoader().loadClass(point.getName()) != point) {
                    skip(plugin.getPluginId(), "it bundles its own copy of the engine API (" + point.getName()
                            + "); declare engine-api with scope 'provided'");
                    manager.unloadPlugin(plugin.getPluginId());
                    return;
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("plugin class loader cannot see the engine API", e);
            }
        }
    }

    private void reportSkippedFiles() {
        List<Path> loaded = manager.getPlugins().stream().map(PluginWrapper::getPluginPath)
                .map(Path::toAbsolutePath).toList();
        try (Stream<Path> files = Files.list(pluginsDir)) {
            files.filter(file -> file.toString().endsWith(".jar") || file.toString().endsWith(".zip"))
                    .filter(file -> !loaded.contains(file.toAbsolutePath()))
                    .filter(file -> !loaded.contains(unzippedDir(file).toAbsolutePath()))
                    .forEach(file -> skip(file.getFileName().toString(), diagnose(file)));
        } catch (IOException e) {
            LOG.warn("Cannot list plugins directory {}: {}", pluginsDir, e.getMessage());
        }
    }

    private static Path unzippedDir(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - 4));
    }

    private static String diagnose(Path file) {
        try (JarFile jar = new JarFile(file.toFile())) {
            if (jar.getManifest() == null || jar.getManifest().getMainAttributes().getValue("Plugin-Id") == null) {
                return "no plugin descriptor (Plugin-Id) in its manifest";
            }
            return "rejected by the plugin loader (see the log above)";
        } catch (IOException e) {
            return "not a readable jar or zip: " + e.getMessage();
        }
    }

    private void skip(String plugin, String reason) {
        problems.put(plugin, reason);
        LOG.warn("Skipping plugin {}: {}", plugin, reason);
    }

    private PluginContext contextOf(Class<?> extensionClass) {
        PluginWrapper plugin = manager.whichPlugin(extensionClass);
        if (plugin == null) {
            throw new IllegalStateException(extensionClass.getName() + " belongs to no plugin");
        }
        return new EnginePluginContext(plugin.getPluginId(), settings);
    }

    /** Every loaded extension of {@code point}, ordered by plugin id. */
    @SuppressWarnings("unchecked")
    public <T> List<LoadedExtension<T>> extensions(Class<T> point) {
        return (List<LoadedExtension<T>>) (List<?>) extensions.getOrDefault(point, List.of());
    }

    /**
     * The active extension of a one-active extension point: the plugin an admin chose, else the bundled default,
     * else the only one loaded. Empty when none is loaded, in which case callers use the engine's fallback.
     */
    public <T> Optional<LoadedExtension<T>> active(Class<T> point) {
        List<LoadedExtension<T>> candidates = extensions(point);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String wanted = settings.activePlugin(point).orElse(ExtensionPoints.defaultPlugin(point));
        Optional<LoadedExtension<T>> chosen = candidates.stream()
                .filter(extension -> extension.pluginId().equals(wanted)).findFirst();
        if (chosen.isPresent() || candidates.size() != 1) {
            return chosen;
        }
        return Optional.of(candidates.get(0));
    }

    /**
     * Makes {@code pluginId} the active plugin for {@code point}.
     *
     * @throws IllegalArgumentException if that plugin has no extension for the point
     */
    public void activate(Class<?> point, String pluginId) {
        if (extensions(point).stream().noneMatch(extension -> extension.pluginId().equals(pluginId))) {
            throw new IllegalArgumentException("plugin '" + pluginId + "' has no " + point.getSimpleName() + " loaded");
        }
        settings.setActivePlugin(point, pluginId);
        LOG.info("Plugin {} is now the active {}", pluginId, point.getSimpleName());
    }

    /** The started plugins. */
    public List<PluginInfo> plugins() {
        return manager.getStartedPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(plugin -> new PluginInfo(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                        plugin.getPluginState().toString(),
                        ExtensionPoints.ALL.stream()
                                .filter(point -> extensions(point).stream()
                                        .anyMatch(extension -> extension.pluginId().equals(plugin.getPluginId())))
                                .map(Class::getSimpleName).toList()))
                .toList();
    }

    /** Plugins and files that were skipped, with the reason. */
    public Map<String, String> problems() {
        return Map.copyOf(problems);
    }

    /** Stops and unloads every plugin. */
    @Override
    public void close() {
        extensions.clear();
        // PF4J 3.15's stopPlugins() trips over its own list; unloading stops each plugin safely.
        manager.unloadPlugins();
    }
}
