package org.masthead.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.engine.testing.TestSite;

/**
 * A plugin jar that wrongly bundles the engine API would load with zero extensions and no warning in plain PF4J;
 * the host refuses it with a reason instead.
 */
class PluginIsolationTest {

    @Test
    void aPluginThatBundlesTheEngineApiIsSkippedWithAReason(@TempDir Path plugins) throws Exception {
        Files.copy(TestSite.pluginsDir().resolve("ranking-medium.jar"), plugins.resolve("ranking-medium.jar"));
        bundleApiInto(TestSite.pluginsDir().resolve("test-faulty.jar"), plugins.resolve("test-faulty.jar"));
        try (TestSite site = TestSite.start(builder -> builder.pluginsDir(plugins))) {
            JsonNode health = site.client().get("/health").assertStatus(200).json().get("plugins");
            assertEquals(1, health.get("loaded").size(), health.toString());
            String reason = health.get("skipped").get("test-faulty").asText();
            assertTrue(reason.contains("bundles its own copy of the engine API"), reason);
            assertEquals("ranking-medium", health.get("active").get("FeedRanker").asText());
        }
    }

    /** Copies {@code plugin} to {@code target}, adding every class of the engine API. */
    private static void bundleApiInto(Path plugin, Path target) throws IOException, URISyntaxException {
        Path api = Path.of(FeedRanker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile source = new JarFile(plugin.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), source.getManifest())) {
            copyEntries(source, name -> !name.startsWith("META-INF/MANIFEST.MF") && !name.equals("META-INF/"), out);
            if (Files.isDirectory(api)) {
                try (Stream<Path> classes = Files.walk(api.resolve("org/masthead/api"))) {
                    for (Path file : classes.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(api.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, out);
                    }
                }
            } else {
                try (JarFile apiJar = new JarFile(api.toFile())) {
                    copyEntries(apiJar, name -> name.startsWith("org/masthead/api/"), out);
                }
            }
        }
    }

    private static void copyEntries(JarFile jar, Predicate<String> wanted, JarOutputStream out) throws IOException {
        for (JarEntry entry : Collections.list(jar.entries())) {
            if (!entry.isDirectory() && wanted.test(entry.getName())) {
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
            }
        }
    }
}
