package org.masthead.engine.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.engine.db.Database;
import org.masthead.engine.jobs.Leases;
import org.masthead.engine.jobs.PeriodicJob;

/**
 * Adds reading events up, on one node at a time: each pending view's new reading seconds, and at its first fold
 * whether it counts as a view (not a repeat within the view window) and whether it makes a read (once per reader,
 * story and day), into {@code reader_daily}, {@code story_daily_stats} and {@code story_source_daily}; and the
 * reported presentations. Each batch commits together with the views' marks, so a crash never counts anything
 * twice. Then it deletes views and logged-out readers' daily rows past their retention.
 *
 * <p>Beacons only ever write their own view's row: a story read by thousands at once never makes them queue on its
 * counter row. The price is that stats lag by up to one scheduler tick.
 */
@ApplicationScoped
public class ReadingFold implements PeriodicJob {
    /** How long views, and logged-out readers' daily rows, are kept (longer than a token lives). */
    public static final Duration RETENTION = Duration.ofDays(2);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 500;
    /** Batches per tick, so that one tick cannot run for ever under a flood; the next tick goes on. */
    private static final int MAX_BATCHES = 40;

    private final Database database;
    private final ReadingMapper mapper;
    private final Leases leases;
    private final Clock clock;
    private final ReadingRules rules;

    @Inject
    public ReadingFold(Database database, Leases leases, Clock clock,
                       @Named("readingViewWindow") Duration viewWindow) {
        this.database = database;
        this.mapper = database.mapper(ReadingMapper.class);
        this.leases = leases;
        this.clock = clock;
        this.rules = new ReadingRules(viewWindow);
    }

    @Override
    public String name() {
        return "reading-fold";
    }

    @Override
    public void run() {
        if (!leases.claim(name(), LEASE)) {
            return;
        }
        for (int batch = 0; batch < MAX_BATCHES && database.inTransaction(this::foldViews) == BATCH; batch++) {
            leases.claim(name(), LEASE);
        }
        for (int batch = 0; batch < MAX_BATCHES && database.inTransaction(this::foldPresentations) == BATCH; batch++) {
            leases.claim(name(), LEASE);
        }
        Instant now = clock.instant();
        database.inTransaction(() -> {
            mapper.purgeViews(now.minus(RETENTION));
            mapper.purgeLoggedOutReaders(Math.min(ReadingRules.day(now.minus(RETENTION)), firstUnpaidDay()));
        });
    }

    /**
     * The first day the payout run has still to pay (MAX_VALUE when there is none): logged-out readers count in
     * that day's read ratios, so while the run is behind their rows wait for it.
     */
    private int firstUnpaidDay() {
        Integer firstMember = mapper.firstMembershipDay();
        if (firstMember == null) {
            return Integer.MAX_VALUE;
        }
        Integer lastPaid = mapper.lastPaidDay();
        return lastPaid == null ? firstMember : Math.max(firstMember, lastPaid + 1);
    }

    /** One story and day, or one source of it. */
    private record Key(long storyId, int day, String source, String referrerHost) {
    }

    private int foldViews() {
        List<ReadingMapper.ViewRow> views = mapper.pendingViews(BATCH);
        Map<Key, Tally> days = new HashMap<>();
        Map<Key, Tally> sources = new HashMap<>();
        for (ReadingMapper.ViewRow view : views) {
            ReadingMapper.ReaderDay readerDay = mapper.readerDay(view.day(), view.storyId(), view.readerKey());
            ReadingRules.Fold fold = ReadingRules.fold(view, isRepeat(view), readerDay);
            addToReaderDay(view, fold, readerDay);
            Tally tally = Tally.of(fold, view.isMember());
            days.merge(new Key(view.storyId(), view.day(), null, null), tally, Tally::plus);
            sources.merge(new Key(view.storyId(), view.day(), view.source(), view.referrerHost()), tally, Tally::plus);
            int counted = view.counted() != null ? view.counted() : fold.view() ? 1 : 0;
            mapper.markFolded(view.id(), view.readingSeconds(), counted, ReadingRules.foldsAsRead(view));
        }
        write(days, sources);
        return views.size();
    }

    private boolean isRepeat(ReadingMapper.ViewRow view) {
        if (view.counted() != null) {
            return false;
        }
        Duration window = rules.viewWindow();
        return mapper.countedViews(view.readerKey(), view.storyId(), view.issuedAt().minus(window),
                view.issuedAt().plus(window)).stream().anyMatch(counted -> rules.isRepeat(counted, view.issuedAt()));
    }

    private void addToReaderDay(ReadingMapper.ViewRow view, ReadingRules.Fold fold, ReadingMapper.ReaderDay before) {
        int views = fold.view() ? 1 : 0;
        int memberSeconds = view.isMember() ? fold.seconds() : 0;
        if (before == null) {
            mapper.insertReaderDay(view, views, fold.seconds(), memberSeconds, fold.read());
            return;
        }
        mapper.addToReaderDay(view, views, fold.seconds(), memberSeconds, before.isMember() || view.isMember(),
                before.isRead() || fold.read());
    }

    private int foldPresentations() {
        List<ReadingMapper.PresentationRow> rows = mapper.presentations(BATCH);
        Map<Key, Tally> days = new HashMap<>();
        Map<Key, Tally> sources = new HashMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        for (ReadingMapper.PresentationRow row : rows) {
            ids.add(row.id());
            if (row.storyId() != null) {
                days.merge(new Key(row.storyId(), row.day(), null, null), Tally.presentation(), Tally::plus);
                sources.merge(new Key(row.storyId(), row.day(), row.surface(), ""), Tally.presentation(), Tally::plus);
            }
        }
        write(days, sources);
        if (!ids.isEmpty()) {
            mapper.deletePresentations(ids);
        }
        return rows.size();
    }

    private void write(Map<Key, Tally> days, Map<Key, Tally> sources) {
        days.forEach((key, tally) -> {
            if (!tally.isZero() && mapper.addToStoryDay(key.storyId(), key.day(), tally) == 0) {
                mapper.insertStoryDay(key.storyId(), key.day(), tally);
            }
        });
        sources.forEach((key, tally) -> {
            if (!tally.isZero() && mapper.addToSourceDay(key.storyId(), key.day(), key.source(), key.referrerHost(),
                    tally) == 0) {
                mapper.insertSourceDay(key.storyId(), key.day(), key.source(), key.referrerHost(), tally);
            }
        });
    }
}
