package org.masthead.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.boot.Engine;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** The index is node-local derived state: lost, damaged or stale, it is rebuilt from the database. */
class SearchIndexRecoveryTest {

    @Test
    void anIndexDeletedOrDamagedWhileStoppedIsRebuiltAtStart(@TempDir Path dataDir) throws IOException {
        TestSite.TestDatabase database = TestSite.TestDatabase.create(dataDir);
        Engine.Builder builder = Engine.builder().host("127.0.0.1").port(0).dataDir(dataDir)
                .pluginsDir(TestSite.pluginsDir()).jdbc(database.url(), database.user(), "").poolSize(4)
                .jobTick(Duration.ofMillis(200));
        Path index = dataDir.resolve("search");
        try {
            String id;
            try (Engine engine = builder.start()) {
                Client writer = TestSite.newUser(engine, "keeper");
                id = SearchTest.story(writer, "Lighthouse keepers", "Lamps and lenses.", "", "{}");
                awaitFound(engine, "lenses", id);
            }

            deleteRecursively(index);
            try (Engine engine = builder.start()) {
                awaitFound(engine, "lenses", id);
            }

            try (Stream<Path> files = Files.list(index)) {
                for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments_")).toList()) {
                    Files.write(file, "not a Lucene commit".getBytes());
                }
            }
            try (Engine engine = builder.start()) {
                awaitFound(engine, "lenses", id);
            }

            // masthead reindex: the same rebuild with the site stopped, refused while it runs.
            SearchIndexer.Rebuild rebuild = builder.rebuildSearchIndex();
            assertEquals(1, rebuild.stories());
            assertEquals(2, rebuild.people(), "the writer and the first admin");
            try (Engine engine = builder.start()) {
                awaitFound(engine, "lenses", id);
                if (TestSite.TestDatabase.postgresUrl() != null) {
                    // A second process cannot open a Derby database in use; on PostgreSQL the index's lock refuses.
                    IllegalStateException busy = assertThrows(IllegalStateException.class, builder::rebuildSearchIndex);
                    assertTrue(busy.getMessage().contains("in use"), busy.getMessage());
                }
            }
        } finally {
            database.drop();
        }
    }

    private static void awaitFound(Engine engine, String words, String id) {
        Client reader = TestSite.client(engine);
        SearchTest.eventually("'" + words + "' finds " + id, () -> {
            List<String> ids = new ArrayList<>();
            reader.get("/api/v1/search?q=" + words).assertStatus(200).json().get("results")
                    .forEach(result -> ids.add(result.get("id").asText()));
            return ids.equals(List.of(id));
        });
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
