package org.masthead.engine.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Leases;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.jobs.PeriodicRuns;

/**
 * Claps are summed up once a day rather than notified one by one: after each UTC day, every writer whose stories
 * got claps that day gets one notification per story ("12 readers clapped 80 times for …"), and its mail if they
 * want it. Runs once per day across nodes; a day it missed (the site was down) is caught up, a week back at most.
 */
@ApplicationScoped
public class ClapsSummary implements PeriodicJob {
    private static final String JOB = "claps-summary";
    private static final int CATCH_UP_DAYS = 7;

    private final NotificationService notifications;
    private final NotificationMapper rows;
    private final Leases leases;
    private final PeriodicRuns runs;
    private final Clock clock;

    @Inject
    public ClapsSummary(NotificationService notifications, Database database, Leases leases, PeriodicRuns runs,
                        Clock clock) {
        this.notifications = notifications;
        this.rows = database.mapper(NotificationMapper.class);
        this.leases = leases;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public void run() {
        long yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay() - 1;
        long first = Math.max(runs.last(JOB).orElse(yesterday - 1) + 1, yesterday - CATCH_UP_DAYS + 1);
        if (first > yesterday || !leases.claim(JOB, Duration.ofMinutes(10))) {
            return;
        }
        for (long day = first; day <= yesterday; day++) {
            summarize(day);
            runs.finished(JOB, day);
        }
    }

    private void summarize(long day) {
        Instant from = LocalDate.ofEpochDay(day).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (NotificationMapper.ClapDay claps : rows.clapsBetween(from, from.plus(Duration.ofDays(1)))) {
            notifications.notify(new NotificationService.Notice(claps.authorId(), NoticeKind.CLAPS,
                    "claps:" + claps.storyId() + ":" + day, null, claps.storyId(), null,
                    claps.clappers() + ":" + claps.claps() + ":" + day));
        }
    }
}
