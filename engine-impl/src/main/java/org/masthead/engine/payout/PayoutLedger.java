package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.masthead.engine.db.Database;

/**
 * Reads of the earnings ledger for the API. A bean of its own because web resources are created when the server
 * starts, before the database may be open, and so must reach it only through lazy beans like this one.
 */
@ApplicationScoped
public class PayoutLedger {
    private final PayoutMapper payouts;

    @Inject
    public PayoutLedger(Database database) {
        this.payouts = database.mapper(PayoutMapper.class);
    }

    List<PayoutMapper.LineRow> linesOfWriter(long writerId, int from, int to) {
        return payouts.linesOfWriter(writerId, from, to);
    }

    List<PayoutMapper.DayRow> days(int from, int to) {
        return payouts.days(from, to);
    }

    List<PayoutMapper.DayTotal> totals(int from, int to) {
        return payouts.totals(from, to);
    }

    List<PayoutMapper.RemainderRow> remainders(int from, int to) {
        return payouts.remainders(from, to);
    }
}
