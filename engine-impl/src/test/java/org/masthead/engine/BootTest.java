package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.boot.ConfigurationException;
import org.masthead.engine.boot.Engine;
import org.masthead.engine.testing.TestSite;

/** Starting and refusing to start. */
class BootTest {

    @Test
    void unreachableDatabaseIsAOneLineErrorNamingTheUrl(@TempDir Path dir) {
        String url = "jdbc:postgresql://127.0.0.1:1/nowhere";
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Engine.builder()
                .dataDir(dir).pluginsDir(dir).port(0).jdbc(url, "nobody", "").start());
        assertTrue(error.getMessage().startsWith("cannot connect to database " + url), error.getMessage());
        assertEquals(1, error.getMessage().lines().count(), error.getMessage());
    }

    @Test
    void corruptPluginJarIsSkippedAndTheEngineStarts(@TempDir Path plugins) throws IOException {
        try (var files = Files.list(TestSite.pluginsDir())) {
            for (Path jar : files.filter(path -> path.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        Files.write(plugins.resolve("broken.jar"), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(plugins.resolve("no-descriptor.zip"), "");
        try (TestSite site = TestSite.start(builder -> builder.pluginsDir(plugins))) {
            JsonNode health = site.client().get("/health").assertStatus(200).json();
            assertEquals(9, health.get("plugins").get("loaded").size());
            JsonNode skipped = health.get("plugins").get("skipped");
            assertTrue(skipped.has("broken.jar"), health.toString());
            site.client().get("/").assertStatus(200);
        }
    }

    @Test
    void refusesADatabaseNewerThanTheCode(@TempDir Path dir) {
        TestSite.TestDatabase database = TestSite.TestDatabase.create(dir);
        Engine.Builder builder = Engine.builder().port(0).dataDir(dir).pluginsDir(TestSite.pluginsDir())
                .jdbc(database.url(), database.user(), "");
        try {
            builder.start().close();
            // As if a later release had migrated this database to version 999.
            database.execute("UPDATE \"flyway_schema_history\" SET \"version\" = '999' WHERE \"version\" = '1'", dir);
            ConfigurationException error = assertThrows(ConfigurationException.class, builder::start);
            assertTrue(error.getMessage().contains("cannot be used by this version"), error.getMessage());
            assertFalse(error.getMessage().contains("\n"), error.getMessage());
        } finally {
            database.drop();
        }
    }

    @Test
    void generatesAndReportsTheFirstAdminPasswordOnce(@TempDir Path dir) {
        TestSite.TestDatabase database = TestSite.TestDatabase.create(dir);
        Engine.Builder builder = Engine.builder().port(0).dataDir(dir).pluginsDir(TestSite.pluginsDir())
                .jdbc(database.url(), database.user(), "");
        try {
            String password;
            try (Engine engine = builder.start()) {
                password = engine.generatedAdmin().orElseThrow().password();
                assertTrue(password.length() >= 16);
            }
            try (Engine engine = builder.start()) {
                assertTrue(engine.generatedAdmin().isEmpty(), "only the first boot creates the admin");
            }
        } finally {
            database.drop();
        }
    }
}
