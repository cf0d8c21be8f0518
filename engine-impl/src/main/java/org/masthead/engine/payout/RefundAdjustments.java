package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.engine.db.Database;
import org.masthead.engine.membership.PaidDays;
import org.masthead.engine.plugin.GuardedPayoutModel;
import org.masthead.engine.reading.ReadingRules;
import org.masthead.engine.web.ApiException;

/**
 * Takes back what writers were paid from days a refund voided: for each such day already paid, the member's
 * allocation is computed again with the model that paid the day (models are deterministic, and the day's reading
 * is in the ledger), and each story's amount is recorded as a negative adjustment on the day of the refund. The
 * statements of months already made never change; the next one carries the adjustment.
 */
@ApplicationScoped
public class RefundAdjustments implements PaidDays {
    private final PayoutMapper payouts;
    private final StatementMapper statements;
    private final GuardedPayoutModel model;
    private final Clock clock;

    @Inject
    public RefundAdjustments(Database database, GuardedPayoutModel model, Clock clock) {
        this.payouts = database.mapper(PayoutMapper.class);
        this.statements = database.mapper(StatementMapper.class);
        this.model = model;
        this.clock = clock;
    }

    @Override
    public void voided(Voided voided) {
        PayoutMapper.DuesRow dues = statements.dues(voided.membershipId());
        int today = ReadingRules.day(clock.instant());
        for (PayoutMapper.DayRow day : payouts.days(voided.fromDay(), voided.toDay() - 1)) {
            if (!"DONE".equals(day.state())) {
                continue;
            }
            List<MemberDays.Member> member = new ArrayList<>(1);
            MemberDays.forEach(payouts, day.day(), (after, limit) -> after < dues.userId() ? List.of(dues) : List.of(),
                    member::addAll);
            PayoutAllocation allocation = allocation(day, member.get(0));
            for (PayoutLine line : allocation.lines()) {
                if (line.amount().minor() > 0) {
                    MemberDays.Story story = member.get(0).stories().get(line.story().value());
                    statements.insertAdjustment(today, day.day(), voided.membershipId(), story.writerId(), story.id(),
                            line.amount().currency().getCurrencyCode(), -line.amount().minor(), "refund of membership "
                                    + voided.publicId() + ", paid on " + LocalDate.ofEpochDay(day.day()),
                            clock.instant());
                }
            }
        }
    }

    private PayoutAllocation allocation(PayoutMapper.DayRow day, MemberDays.Member member) {
        PayoutAllocation allocation = null;
        try {
            allocation = model.allocateAll(day.model(), List.of(member.day())).get(0);
        } catch (IllegalArgumentException notInstalled) {
            // reported below like a failure
        }
        if (allocation == null || GuardedPayoutModel.FALLBACK_CODE.equals(allocation.remainderReason().code())) {
            throw ApiException.conflict("model_unavailable", "the payout model " + day.model() + " that paid "
                    + LocalDate.ofEpochDay(day.day()) + " failed or is not installed, so what it paid cannot be"
                    + " taken back; install or repair it, then refund again");
        }
        return allocation;
    }
}
