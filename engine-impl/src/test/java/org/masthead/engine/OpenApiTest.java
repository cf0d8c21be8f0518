package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.TestSite;

/**
 * The OpenAPI document served at {@code /api/v1/openapi.json} describes every JSON endpoint the code has, and
 * nothing else: found by reading every resource class's annotations, independently of how the document is made.
 */
class OpenApiTest {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");

    @Test
    void documentsEveryJsonEndpoint() throws Exception {
        TreeSet<String> inCode = new TreeSet<>();
        for (Class<?> type : engineClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || !isApi(classPath.value())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                for (var entry : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(entry.getKey())) {
                        Path methodPath = method.getAnnotation(Path.class);
                        inCode.add(entry.getValue() + " " + join(classPath.value(),
                                methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        try (TestSite site = TestSite.start()) {
            JsonNode document = site.client().get("/api/v1/openapi.json").assertStatus(200).json();
            assertTrue(document.get("openapi").asText().startsWith("3."), document.get("openapi").asText());
            TreeSet<String> documented = new TreeSet<>();
            document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
            assertEquals(inCode, documented);
            assertNoRootResourceHidesAnother();
            assertTrue(inCode.size() > 30, "found " + inCode.size() + " endpoints");
            assertTrue(document.get("components").get("schemas").has("Draft"), "request bodies have schemas");
        }
    }

    /**
     * Jersey picks one root resource by its path before it looks at methods: a class at {@code /api/v1/stories}
     * would make every {@code /api/v1/stories/…} method of the {@code /api/v1} classes unreachable.
     */
    private static void assertNoRootResourceHidesAnother() throws IOException {
        List<Class<?>> resources = engineClasses().stream().filter(type -> type.isAnnotationPresent(Path.class)).toList();
        for (Class<?> root : resources) {
            String rootPath = join(root.getAnnotation(Path.class).value(), "");
            for (Class<?> other : resources) {
                String otherPath = join(other.getAnnotation(Path.class).value(), "");
                boolean moreSpecific = otherPath.equals("/") || rootPath.startsWith(otherPath + "/");
                if (other == root || rootPath.equals(otherPath) || !moreSpecific) {
                    continue;
                }
                for (Method method : other.getMethods()) {
                    Path methodPath = method.getAnnotation(Path.class);
                    String full = join(otherPath, methodPath == null ? "" : methodPath.value());
                    assertTrue(!full.equals(rootPath) && !full.startsWith(rootPath + "/"),
                            root.getSimpleName() + " at " + rootPath + " hides " + other.getSimpleName() + "." + method.getName());
                }
            }
        }
    }

    private static boolean isApi(String path) {
        String trimmed = path.replaceFirst("^/", "");
        return trimmed.startsWith("api/") || trimmed.equals("v1") || trimmed.startsWith("v1/");
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath.replaceFirst("^/", "").replaceFirst("/$", "");
        String rest = methodPath.replaceFirst("^/", "");
        return rest.isEmpty() ? joined : joined + "/" + rest;
    }

    private static List<Class<?>> engineClasses() throws IOException {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/masthead/engine"))) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.toString().contains("$"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", ""))
                    .map(OpenApiTest::load).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
