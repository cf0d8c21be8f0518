package org.masthead.engine.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events to every {@link OutboxConsumer}, each under its own lease. A feature that adds a consumer
 * inserts its {@code outbox_cursor} row in the same migration, so it sees every event from then on; a consumer
 * without a row (one added by hand) starts at the outbox's current end rather than replaying the whole history.
 */
@ApplicationScoped
public class OutboxDispatcher implements PeriodicJob {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Instance<OutboxConsumer> consumers;
    private final Outbox outbox;
    private final Leases leases;
    private final Database database;
    private final OutboxMapper cursors;

    @Inject
    public OutboxDispatcher(Instance<OutboxConsumer> consumers, Outbox outbox, Leases leases, Database database) {
        this.consumers = consumers;
        this.outbox = outbox;
        this.leases = leases;
        this.database = database;
        this.cursors = database.mapper(OutboxMapper.class);
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public void run() {
        for (OutboxConsumer consumer : consumers) {
            drain(consumer);
        }
    }

    /** Hands {@code consumer} everything it has not seen yet; returns how many events that was. */
    public int drain(OutboxConsumer consumer) {
        if (!leases.claim("outbox:" + consumer.name(), LEASE)) {
            return 0;
        }
        long position = position(consumer.name());
        int delivered = 0;
        for (List<OutboxEvent> batch = outbox.after(position, BATCH); !batch.isEmpty();
                batch = outbox.after(position, BATCH)) {
            for (OutboxEvent event : batch) {
                try {
                    consumer.accept(event);
                } catch (RuntimeException e) {
                    // Stop here and retry this event on the next tick: skipping it would lose it for good.
                    LOG.warn("Outbox consumer {} failed on event {}; retrying later", consumer.name(), event.id(), e);
                    return delivered;
                }
                position = event.id();
                cursors.moveCursor(consumer.name(), position);
                delivered++;
            }
            leases.claim("outbox:" + consumer.name(), LEASE);
        }
        return delivered;
    }

    private long position(String name) {
        Long position = cursors.position(name);
        if (position != null) {
            return position;
        }
        long start = outbox.lastId();
        try {
            database.inTransaction(() -> cursors.insertCursor(name, start));
        } catch (RuntimeException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
            return cursors.position(name);
        }
        return start;
    }
}
