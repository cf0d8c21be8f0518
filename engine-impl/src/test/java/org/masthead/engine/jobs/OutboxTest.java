package org.masthead.engine.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.db.Database;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** The outbox and job leases on the database under test. */
class OutboxTest {
    @TempDir
    static Path dataDir;
    private static TestSite.TestDatabase testDatabase;
    private static Database database;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));

    @BeforeAll
    static void open() {
        testDatabase = TestSite.TestDatabase.create(dataDir);
        database = Database.open(testDatabase.url(), testDatabase.user(), "", 2, dataDir);
    }

    @AfterAll
    static void close() {
        database.close();
        testDatabase.drop();
    }

    @Test
    void eventsAreReadInOrderFromAPosition() {
        Outbox outbox = new Outbox(database, CLOCK);
        long start = outbox.lastId();
        outbox.append(OutboxEvent.STORY_PUBLISHED, 7, "notify");
        outbox.append(OutboxEvent.STORY_REMOVED, 7);
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            outbox.append(OutboxEvent.STORY_CHANGED, 8);
            throw new IllegalStateException("the change fails, and its event goes with it");
        }));

        List<OutboxEvent> events = outbox.after(start, 10);
        assertEquals(List.of(OutboxEvent.STORY_PUBLISHED, OutboxEvent.STORY_REMOVED),
                events.stream().map(OutboxEvent::topic).toList());
        assertEquals("notify", events.get(0).detail());
        assertEquals(CLOCK.instant(), events.get(0).createdAt());
        assertEquals(List.of(events.get(1)), outbox.after(events.get(0).id(), 10));
        assertEquals(events.get(1).id(), outbox.lastId());
    }

    @Test
    void aLeaseIsHeldByOneNodeUntilItExpires() {
        Leases first = new Leases(database, CLOCK);
        Leases second = new Leases(database, CLOCK);

        assertTrue(first.claim("digest", Duration.ofMinutes(1)));
        assertFalse(second.claim("digest", Duration.ofMinutes(1)));
        assertTrue(first.claim("digest", Duration.ofMinutes(1)), "the holder renews");
        assertTrue(second.claim("another job", Duration.ofMinutes(1)));

        CLOCK.advance(Duration.ofSeconds(61));
        assertTrue(second.claim("digest", Duration.ofMinutes(1)), "taken over after expiry");
        assertFalse(first.claim("digest", Duration.ofMinutes(1)));
    }
}
