package org.masthead.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.masthead.engine.jobs.OutboxEvent;

class OutboxWindowTest {
    private final AtomicLong nanos = new AtomicLong();
    private final OutboxWindow window = new OutboxWindow(Duration.ofSeconds(60), nanos::get, 10);

    private static List<OutboxEvent> events(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> new OutboxEvent(id, OutboxEvent.STORY_CHANGED, id, "",
                Instant.EPOCH)).toList();
    }

    private static List<Long> ids(List<OutboxEvent> events) {
        return events.stream().map(OutboxEvent::id).toList();
    }

    @Test
    void appliesAnEventThatCommitsAfterAHigherOne() {
        assertEquals(10, window.floor());
        // 12 committed first; 11 was still being written.
        List<OutboxEvent> first = window.unseen(events(12));
        assertEquals(List.of(12L), ids(first));
        window.applied(first);
        window.readUpTo(12);

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(10, window.floor(), "the floor trails by the grace period");
        assertEquals(List.of(11L, 13L), ids(window.unseen(events(11, 12, 13))));
        window.applied(events(11, 13));
        window.readUpTo(13);

        nanos.addAndGet(Duration.ofSeconds(56).toNanos());
        assertEquals(12, window.floor(), "what was read a grace period ago is final");
        assertEquals(List.of(), ids(window.unseen(events(13))));
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(13, window.floor());
        assertEquals(List.of(14L), ids(window.unseen(events(14))));
    }

    @Test
    void eventsNotAppliedAreOfferedAgain() {
        assertEquals(List.of(11L, 12L), ids(window.unseen(events(11, 12))));
        // Applying failed: nothing is recorded, so the next read offers both again.
        assertEquals(List.of(11L, 12L), ids(window.unseen(events(11, 12))));
    }
}
