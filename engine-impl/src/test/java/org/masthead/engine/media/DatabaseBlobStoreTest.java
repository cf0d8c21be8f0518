package org.masthead.engine.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.db.Database;
import org.masthead.engine.testing.TestSite;

/** The database blob store on the database under test (Derby, or PostgreSQL when configured). */
class DatabaseBlobStoreTest {
    @TempDir
    static Path dataDir;
    private static TestSite.TestDatabase testDatabase;
    private static Database database;
    private static BlobStore store;

    @BeforeAll
    static void open() {
        testDatabase = TestSite.TestDatabase.create(dataDir);
        database = Database.open(testDatabase.url(), testDatabase.user(), "", 2, dataDir);
        store = new DatabaseBlobStore(database, Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        database.close();
        testDatabase.drop();
    }

    @Test
    void storesReadsAndDeletes() {
        String key = store.put(new byte[] {0, 1, 2, (byte) 255}, "application/octet-stream");
        BlobStore.Blob blob = store.get(key).orElseThrow();
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, blob.bytes());
        assertEquals("application/octet-stream", blob.contentType());
        assertEquals("3d1f57c984978ef98a18378c8166c1cb8ede02c03eeb6aee7e2f121dfeee3e56", blob.sha256());
        assertEquals(4, testDatabase.queryLong("SELECT size_bytes FROM blob WHERE blob_key = '" + key + "'", dataDir));

        store.delete(key);
        assertTrue(store.get(key).isEmpty());
        store.delete(key);
    }

    @Test
    void keepsLargeContentIntactUnderItsOwnKey() {
        byte[] large = new byte[3 << 20];
        new Random(7).nextBytes(large);
        String first = store.put(large, "image/png");
        String second = store.put(large, "image/png");
        assertNotEquals(first, second, "every put gets its own key");
        assertArrayEquals(large, store.get(first).orElseThrow().bytes());
        store.delete(first);
        assertArrayEquals(large, store.get(second).orElseThrow().bytes(), "deleting one leaves the other");
    }

    @Test
    void aBlobWrittenInARolledBackTransactionIsGone() {
        String[] key = new String[1];
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            key[0] = store.put(new byte[] {42}, "text/plain");
            throw new IllegalStateException("the rows referring to it failed");
        }));
        assertTrue(store.get(key[0]).isEmpty());
    }
}
