package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.jobs.Leases;
import org.masthead.engine.jobs.PeriodicJob;
import org.masthead.engine.jobs.PeriodicRuns;
import org.masthead.engine.plugin.GuardedPayoutModel;
import org.masthead.engine.reading.ReadingRules;
import org.masthead.engine.site.StoredSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily payout run: once a UTC day is over (and late reading beacons have had {@link #GRACE} to arrive), every
 * member with dues that day goes through the active payout model, and the day's ledger lines, remainders and its
 * {@code payout_day} row are written in one transaction. A crash leaves nothing of the day; a second run of a DONE
 * day writes nothing; two nodes at once cannot both write it (the day is a primary key). A model that fails or
 * breaks its contract for any member fails the whole day (payouts fail closed): the day is recorded FAILED with
 * why, and the job stops there until an admin runs it again.
 */
@ApplicationScoped
public class PayoutRun implements PeriodicJob {
    /** How long after midnight UTC a day is paid: reading beacons of the day's last views still arrive. */
    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(PayoutRun.class);
    private static final String JOB = "payouts";
    private static final int LINES_PER_STATEMENT = 100;

    /** What a run of one day did. */
    public record Outcome(int day, String state, String model, int members, String error) {
    }

    /** The model broke the run of a day. */
    private static final class DayFailed extends RuntimeException {
        DayFailed(String message) {
            super(message, null, false, false);
        }
    }

    private final Database database;
    private final PayoutMapper payouts;
    private final GuardedPayoutModel model;
    private final Leases leases;
    private final PeriodicRuns runs;
    private final StoredSettings settings;
    private final Clock clock;

    @Inject
    public PayoutRun(Database database, GuardedPayoutModel model, Leases leases, PeriodicRuns runs,
                     StoredSettings settings, Clock clock) {
        this.database = database;
        this.payouts = database.mapper(PayoutMapper.class);
        this.model = model;
        this.leases = leases;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return JOB;
    }

    /**
     * Pays the days after the last one this job finished in order (from the first day anyone was a member), and
     * stops at a FAILED day: later days wait for it. Days an admin ran by hand are skipped, not run twice.
     */
    @Override
    public void run() {
        Integer firstMember = payouts.firstMembershipDay();
        if (firstMember == null) {
            return;
        }
        int from = (int) Math.max(firstMember, runs.last(JOB).orElse(Long.MIN_VALUE / 2) + 1);
        for (int day = from; day <= lastPayable(); day++) {
            if (!leases.claim(JOB, Duration.ofMinutes(30))) {
                return;
            }
            PayoutMapper.DayRow known = payouts.day(day);
            String state = (known == null ? runDay(day) : outcome(known)).state();
            if (!"done".equals(state)) {
                return;
            }
            runs.finished(JOB, day);
        }
    }

    /** The last day that may be paid now. */
    public int lastPayable() {
        return ReadingRules.day(clock.instant().minus(GRACE)) - 1;
    }

    /**
     * Runs {@code day} now unless it is DONE already (then reports it as it was); a FAILED day is tried again.
     * The caller checks that the day is payable.
     */
    public Outcome runDay(int day) {
        PayoutMapper.DayRow existing = payouts.day(day);
        if (existing != null && "DONE".equals(existing.state())) {
            return outcome(existing);
        }
        String modelId = model.activeId().orElse("none");
        try {
            database.inTransaction(() -> {
                payouts.clearFailure(day);
                DayLedger ledger = new DayLedger();
                int members = MemberDays.forEach(payouts, day, batch -> {
                    List<PayoutAllocation> allocations = model.allocateAll(batch.stream()
                            .map(MemberDays.Member::day).toList());
                    for (int i = 0; i < batch.size(); i++) {
                        PayoutAllocation allocation = allocations.get(i);
                        if (GuardedPayoutModel.FALLBACK_CODE.equals(allocation.remainderReason().code())) {
                            throw new DayFailed("the payout model " + modelId + " failed or broke its contract for"
                                    + " a member; see the server log");
                        }
                        ledger.add(batch.get(i).day().dues(), allocation, batch.get(i).stories());
                    }
                });
                ledger.shareUnread(PayoutSettings.current(settings).unreadShare());
                write(day, ledger, clock.instant());
                payouts.insertDay(day, "DONE", modelId, members, null, clock.instant());
            });
        } catch (DayFailed e) {
            LOG.warn("Payouts of {} failed: {}", LocalDate.ofEpochDay(day), e.getMessage());
            database.inTransaction(() -> {
                payouts.clearFailure(day);
                payouts.insertDay(day, "FAILED", modelId, 0, e.getMessage(), clock.instant());
            });
        } catch (RuntimeException e) {
            // Another node, or an admin's run, wrote the day first; theirs stands.
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
        return outcome(payouts.day(day));
    }

    private void write(int day, DayLedger ledger, Instant now) {
        List<PayoutMapper.NewLine> lines = new ArrayList<>(LINES_PER_STATEMENT);
        for (Map.Entry<String, DayLedger.Line> entry : ledger.lines().entrySet()) {
            DayLedger.Line line = entry.getValue();
            long storyId = Long.parseLong(entry.getKey().substring(0, entry.getKey().indexOf(':')));
            lines.add(new PayoutMapper.NewLine(line.writerId, storyId, line.currency, line.amount, line.members,
                    line.seconds, line.points, line.storyReaders, line.storyReads, line.detail()));
            if (lines.size() == LINES_PER_STATEMENT) {
                payouts.insertLines(day, lines, now);
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            payouts.insertLines(day, lines, now);
        }
        ledger.remainders().forEach((currency, remainder) -> payouts.insertRemainder(day, currency, remainder.dues,
                remainder.amount, DayLedger.json(remainder.reasons)));
    }

    static Outcome outcome(PayoutMapper.DayRow row) {
        return new Outcome(row.day(), row.state().toLowerCase(Locale.ROOT), row.model(), row.members(),
                row.error());
    }
}
