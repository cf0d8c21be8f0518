package org.masthead.engine.search;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.masthead.engine.jobs.OutboxEvent;

/**
 * Which outbox events a node-local tail has yet to apply. An event's id is handed out when its change is written
 * but the event becomes visible when that transaction commits, so a lower id can show up after a higher one was
 * read. The tail therefore reads again from a floor that trails what it has read by a grace period, and applies
 * the events it has not seen; an id still missing after the grace period is one the database skipped or a change
 * that was rolled back.
 */
final class OutboxWindow {
    /** A position the tail had read up to, and when. */
    private record Mark(long nanos, long position) {
    }

    private final long graceNanos;
    private final LongSupplier nanoTime;
    private final TreeSet<Long> seen = new TreeSet<>();
    private final Deque<Mark> marks = new ArrayDeque<>();
    private long floor;

    OutboxWindow(Duration grace, LongSupplier nanoTime, long position) {
        this.graceNanos = grace.toNanos();
        this.nanoTime = nanoTime;
        this.floor = position;
    }

    /** Where to read from: every event at or below it has been applied, or never will be. */
    long floor() {
        long now = nanoTime.getAsLong();
        while (!marks.isEmpty() && now - marks.peekFirst().nanos() >= graceNanos) {
            floor = Math.max(floor, marks.pollFirst().position());
        }
        seen.headSet(floor, true).clear();
        return floor;
    }

    /** The events of {@code batch} not applied yet. */
    List<OutboxEvent> unseen(List<OutboxEvent> batch) {
        List<OutboxEvent> unseen = new ArrayList<>();
        for (OutboxEvent event : batch) {
            if (event.id() > floor && !seen.contains(event.id())) {
                unseen.add(event);
            }
        }
        return unseen;
    }

    /** Records that {@code events} have been applied. */
    void applied(List<OutboxEvent> events) {
        events.forEach(event -> seen.add(event.id()));
    }

    /** Records that the tail has read everything visible up to {@code position} now. */
    void readUpTo(long position) {
        if (marks.isEmpty() || marks.peekLast().position() != position) {
            marks.addLast(new Mark(nanoTime.getAsLong(), position));
        }
    }
}
