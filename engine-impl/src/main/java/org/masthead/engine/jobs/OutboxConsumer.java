package org.masthead.engine.jobs;

/**
 * Reacts to outbox events once across the cluster (sending mail, writing notifications). The
 * {@link OutboxDispatcher} hands each event to {@link #accept} in order, on one node at a time, and records the
 * position after each; an event may be handed over again after a crash, so a consumer must be idempotent.
 * Consumers that keep node-local state (the search index) tail the {@link Outbox} themselves instead.
 */
public interface OutboxConsumer {

    /** A stable name: the key of this consumer's position. */
    String name();

    /** Handles one event; events of topics it does not care about are simply ignored. */
    void accept(OutboxEvent event);
}
