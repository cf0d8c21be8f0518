package org.masthead.api.payout;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.Reason;

/**
 * How one member's dues for a day were split.
 *
 * @param lines           what each story earned its writer
 * @param remainder       what no story earned (the platform's share, unread dues); never negative
 * @param remainderReason why the remainder is what it is
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PayoutAllocation(List<PayoutLine> lines, Money remainder, Reason remainderReason) {
    public PayoutAllocation {
        lines = List.copyOf(lines);
        Objects.requireNonNull(remainder, "remainder");
        Objects.requireNonNull(remainderReason, "remainderReason");
        if (remainder.isNegative()) {
            throw new IllegalArgumentException("remainder must not be negative");
        }
    }

    /** The sum of the lines and the remainder, which the engine checks against the member's dues. */
    public Money total() {
        Money sum = remainder;
        for (PayoutLine line : lines) {
            sum = sum.plus(line.amount());
        }
        return sum;
    }
}
