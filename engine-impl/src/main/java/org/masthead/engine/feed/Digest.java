package org.masthead.engine.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Leases;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.jobs.PeriodicRuns;
import org.masthead.engine.mail.Addressee;
import org.masthead.engine.mail.Letter;
import org.masthead.engine.mail.Mail;
import org.masthead.engine.mail.MailList;
import org.masthead.engine.mail.MailOutbox;
import org.masthead.engine.mail.MailPreferences;
import org.masthead.engine.mail.MailTemplates;
import org.masthead.engine.mail.QueuedMail;
import org.masthead.engine.web.SiteUrl;

/**
 * The digest: after each UTC day (or each week, from Monday), every reader who chose that schedule is sent the
 * stories first published in it that the active ranker puts first for them. Readers are queued once per period
 * across nodes; each mail is written when it is sent, so a story deleted meanwhile is left out, and a reader with
 * nothing worth sending gets no mail.
 */
@ApplicationScoped
public class Digest implements PeriodicJob, Letter {
    static final String KIND = "digest";
    /** Stories in one digest. */
    static final int STORIES = 5;
    private static final int BATCH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);

    /** A digest schedule: its periods and their bounds. */
    enum Schedule {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        /** 1970-01-05, the first Monday of the epoch: weekly periods count weeks from it. */
        private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);
        final Duration length;

        Schedule(Duration length) {
            this.length = length;
        }

        String setting() {
            return name().toLowerCase(Locale.ROOT);
        }

        String job() {
            return "digest-" + setting();
        }

        /** The last period that has ended at {@code now}. */
        long lastComplete(Instant now) {
            long day = LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
            return this == DAILY ? day - 1 : Math.floorDiv(day - FIRST_MONDAY.toEpochDay(), 7) - 1;
        }

        Instant start(long period) {
            LocalDate first = this == DAILY ? LocalDate.ofEpochDay(period) : FIRST_MONDAY.plusWeeks(period);
            return first.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /**
     * A story in the digest, as the mail shows it.
     *
     * @param title       title
     * @param author      writer's name
     * @param url         absolute URL
     * @param readingTime minutes
     * @param reason      why the ranker picked it
     */
    public record StoryLine(String title, String author, String url, int readingTime, String reason) {
        static StoryLine of(FeedService.FeedItem item, String url) {
            return new StoryLine(item.story().row().title(), item.story().row().authorName(), url,
                    item.story().readingMinutes(), item.reasons().isEmpty() ? "" : item.reasons().get(0).message());
        }
    }

    private final FeedService feeds;
    private final FeedMapper readers;
    private final MailOutbox outbox;
    private final MailPreferences preferences;
    private final MailTemplates templates;
    private final Provider<SiteUrl> site;
    private final Leases leases;
    private final PeriodicRuns runs;
    private final Clock clock;

    @Inject
    public Digest(FeedService feeds, Database database, MailOutbox outbox, MailPreferences preferences,
                  MailTemplates templates, Provider<SiteUrl> site, Leases leases, PeriodicRuns runs, Clock clock) {
        this.feeds = feeds;
        this.readers = database.mapper(FeedMapper.class);
        this.outbox = outbox;
        this.preferences = preferences;
        this.templates = templates;
        this.site = site;
        this.leases = leases;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void run() {
        for (Schedule schedule : Schedule.values()) {
            long period = schedule.lastComplete(clock.instant());
            long last = runs.last(schedule.job()).orElse(Long.MIN_VALUE);
            if (last >= period || !leases.claim(schedule.job(), Duration.ofMinutes(10))) {
                continue;
            }
            // A new site starts with the next period rather than mailing what came before it; a missed period is
            // skipped too: only the latest digest is worth sending.
            if (last != Long.MIN_VALUE) {
                queue(schedule, period);
            }
            runs.finished(schedule.job(), period);
        }
    }

    /** Queues one mail per reader on this schedule; the key makes a second run of the same period queue nothing. */
    private void queue(Schedule schedule, long period) {
        long after = 0;
        for (List<Long> batch = readers.digestReaders(schedule.setting(), after, BATCH); !batch.isEmpty();
             batch = readers.digestReaders(schedule.setting(), after, BATCH)) {
            for (long userId : batch) {
                outbox.enqueue(new MailOutbox.Envelope(KIND + ":" + schedule.setting() + ":" + userId + ":" + period,
                        KIND, MailList.DIGEST, userId, null, period, schedule.setting()));
            }
            after = batch.get(batch.size() - 1);
        }
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Optional<Mail> write(QueuedMail mail, Addressee to) {
        Schedule schedule = Schedule.valueOf(mail.detail().toUpperCase(Locale.ROOT));
        if (!schedule.setting().equals(preferences.setting(mail.userId(), MailList.DIGEST))) {
            return Optional.empty();
        }
        Instant from = schedule.start(mail.subjectId());
        List<StoryLine> stories = feeds.digest(mail.userId(), mail.userPublicId(), from,
                from.plus(schedule.length), STORIES).stream()
                .map(item -> StoryLine.of(item, site.get().of(item.story().path()))).toList();
        if (stories.isEmpty()) {
            return Optional.empty();
        }
        String when = DAY.format(from.atZone(ZoneOffset.UTC));
        String subject = (schedule == Schedule.DAILY ? "Your daily digest for " : "Your week from ") + when + ": "
                + stories.get(0).title();
        return Optional.of(templates.write(KIND, subject, to, Map.of("stories", stories, "weekly",
                schedule == Schedule.WEEKLY)));
    }
}
