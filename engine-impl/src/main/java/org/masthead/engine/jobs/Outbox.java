package org.masthead.engine.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.masthead.engine.db.Database;

/**
 * The engine's outbox. A service appends an event inside the transaction that makes the change, so the event
 * exists exactly when the change does; consumers read it afterwards by position.
 */
@ApplicationScoped
public class Outbox {
    private final OutboxMapper outbox;
    private final Clock clock;

    @Inject
    public Outbox(Database database, Clock clock) {
        this.outbox = database.mapper(OutboxMapper.class);
        this.clock = clock;
    }

    /** Records that {@code topic} happened to the row {@code subjectId}; joins the caller's transaction. */
    public void append(String topic, long subjectId, String detail) {
        outbox.append(topic, subjectId, detail == null ? "" : detail, clock.instant());
    }

    /** Records that {@code topic} happened to the row {@code subjectId}. */
    public void append(String topic, long subjectId) {
        append(topic, subjectId, "");
    }

    /** Up to {@code limit} events after position {@code after}, oldest first. */
    public List<OutboxEvent> after(long after, int limit) {
        return outbox.after(after, limit);
    }

    /** The position of the newest event, 0 when there is none. */
    public long lastId() {
        return outbox.lastId();
    }
}
