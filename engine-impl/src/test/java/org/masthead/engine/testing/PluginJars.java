package org.masthead.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar during a test: compiles Java sources against the test class path (engine-api, PF4J)
 * and packages them with a PF4J descriptor and extension index, as a plugin author's build would.
 */
public final class PluginJars {
    private PluginJars() {
    }

    /**
     * @param id         Plugin-Id
     * @param version    Plugin-Version
     * @param requires   Plugin-Requires, or {@code null}
     * @param extensions fully qualified names of the extension classes
     * @param sources    fully qualified class name to source code
     */
    public static byte[] build(String id, String version, String requires, List<String> extensions,
                               Map<String, String> sources) {
        try {
            Path work = Files.createTempDirectory("plugin-src");
            List<String> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toString());
            }
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", classes.toString(),
                    "-cp", System.getProperty("java.class.path")));
            arguments.addAll(files);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            if (!files.isEmpty() && compiler.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("plugin sources do not compile:\n" + errors);
            }
            Manifest manifest = new Manifest();
            Attributes attributes = manifest.getMainAttributes();
            attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            attributes.putValue("Plugin-Id", id);
            attributes.putValue("Plugin-Version", version);
            if (requires != null) {
                attributes.putValue("Plugin-Requires", requires);
            }
            ByteArrayOutputStream jar = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(jar, manifest); Stream<Path> compiled = Files.walk(classes)) {
                for (Path file : compiled.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write(String.join("\n", extensions).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
            return jar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the test plugins directory that a test may change. */
    public static Path copyOfTestPlugins(Path target) {
        try (Stream<Path> files = Files.list(TestSite.pluginsDir())) {
            Files.createDirectories(target);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
