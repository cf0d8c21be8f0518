package org.masthead.engine.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.masthead.api.plugin.ConfiguredBy;
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
    private final Map<String, String> problems = new ConcurrentHashMap<>();
    /** Replaced as a whole when plugins come and go, so calls in flight see a consistent set. */
    private volatile Map<Class<?>, List<LoadedExtension<?>>> extensions = Map.of();

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
        refreshExtensions();
        LOG.info("Loaded {} plugin(s) from {}: {}", manager.getStartedPlugins().size(), pluginsDir,
                manager.getStartedPlugins().stream().map(PluginWrapper::getPluginId).sorted().toList());
    }

    private void refreshExtensions() {
        Map<Class<?>, List<LoadedExtension<?>>> all = new LinkedHashMap<>();
        for (Class<?> point : ExtensionPoints.ALL) {
            all.put(point, instantiate(point));
        }
        extensions = Map.copyOf(all);
    }

    /**
     * Installs a plugin jar uploaded by an admin, without a restart: it is checked (a PF4J descriptor, an engine
     * API version this engine provides, no bundled copy of the engine API), stored in the plugins directory as
     * {@code <id>-<version>.jar}, loaded and started. A plugin with the same id is replaced.
     *
     * @return the installed plugin
     * @throws IllegalArgumentException saying what is wrong with the jar; nothing is installed then
     */
    public synchronized PluginInfo install(byte[] jar) {
        Path upload = null;
        try {
            Files.createDirectories(pluginsDir);
            upload = Files.createTempFile(pluginsDir, ".upload-", ".tmp");
            Files.write(upload, jar);
            String id;
            String version;
            String requires;
            try (JarFile file = new JarFile(upload.toFile())) {
                var manifest = file.getManifest();
                id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
                version = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Version");
                requires = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Requires");
            } catch (IOException e) {
                throw new IllegalArgumentException("not a jar file: " + e.getMessage());
            }
            if (id == null || version == null || !id.matches("[A-Za-z0-9._-]{1,100}")
                    || !version.matches("[A-Za-z0-9._+-]{1,50}")) {
                throw new IllegalArgumentException("the jar has no plugin descriptor: its manifest needs Plugin-Id and"
                        + " Plugin-Version");
            }
            if (requires != null && !requires.isBlank()
                    && !manager.getVersionManager().checkVersionConstraint(API_VERSION, requires)) {
                throw new IllegalArgumentException("it requires engine API " + requires + ", this engine provides "
                        + API_VERSION);
            }
            PluginWrapper existing = manager.getPlugin(id);
            if (existing != null) {
                Path old = existing.getPluginPath();
                manager.unloadPlugin(id);
                Files.deleteIfExists(old);
            }
            Path target = pluginsDir.resolve(id + "-" + version + ".jar");
            Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            upload = null;
            String loadedId;
            try {
                loadedId = manager.loadPlugin(target);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);
                throw new IllegalArgumentException("the plugin cannot be loaded: " + e.getMessage());
            }
            PluginWrapper plugin = manager.getPlugin(loadedId);
            manager.startPlugin(loadedId);
            if (plugin.getPluginState() != PluginState.STARTED) {
                String reason = plugin.getFailedException() != null ? plugin.getFailedException().getMessage()
                        : "it requires engine API " + plugin.getDescriptor().getRequires() + ", this engine provides "
                        + API_VERSION;
                manager.unloadPlugin(loadedId);
                Files.deleteIfExists(target);
                throw new IllegalArgumentException("the plugin cannot start: " + reason);
            }
            checkSharesEngineApi(plugin);
            if (manager.getPlugin(loadedId) == null) {
                Files.deleteIfExists(target);
                throw new IllegalArgumentException(problems.get(loadedId));
            }
            problems.remove(loadedId);
            refreshExtensions();
            LOG.info("Installed plugin {} {}", loadedId, version);
            return plugins().stream().filter(info -> info.id().equals(loadedId)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the plugin in " + pluginsDir, e);
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException e) {
                    LOG.warn("Cannot delete upload {}: {}", upload, e.getMessage());
                }
            }
        }
    }

    /**
     * Stops, unloads and deletes a plugin, without a restart; where it was active, the bundled default takes over.
     *
     * @throws IllegalArgumentException if no such plugin is loaded
     */
    public synchronized void uninstall(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("no plugin '" + pluginId + "' is loaded");
        }
        Path path = plugin.getPluginPath();
        manager.unloadPlugin(pluginId);
        refreshExtensions();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
                Files.deleteIfExists(path.resolveSibling(path.getFileName() + ".zip"));
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Plugin {} is unloaded but its file {} could not be deleted: {}", pluginId, path, e.getMessage());
        }
        LOG.info("Uninstalled plugin {}", pluginId);
    }

    /** The configuration record a plugin's extensions declare with {@link ConfiguredBy}, if any. */
    public Optional<Class<? extends Record>> configType(String pluginId) {
        return extensions.values().stream().flatMap(List::stream)
                .filter(extension -> extension.pluginId().equals(pluginId))
                .map(extension -> extension.instance().getClass().getAnnotation(ConfiguredBy.class))
                .filter(Objects::nonNull)
                .<Class<? extends Record>>map(ConfiguredBy::value)
                .findFirst();
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
        extensions = Map.of();
        // PF4J 3.15's stopPlugins() trips over its own list; unloading stops each plugin safely.
        manager.unloadPlugins();
    }
}
