package org.masthead.engine.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;

/**
 * Named leases that make work run on one node at a time across a cluster: a node holds a lease until it expires,
 * renewing it while it works; another node takes it over only after it has expired.
 */
@ApplicationScoped
public class Leases {
    private final Database database;
    private final OutboxMapper leases;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    @Inject
    public Leases(Database database, Clock clock) {
        this.database = database;
        this.leases = database.mapper(OutboxMapper.class);
        this.clock = clock;
    }

    /** Takes or renews the lease {@code name} for {@code duration}; false when another node holds it. */
    public boolean claim(String name, Duration duration) {
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        if (leases.takeLease(name, holder, now, until) == 1) {
            return true;
        }
        try {
            database.inTransaction(() -> leases.insertLease(name, holder, until));
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
