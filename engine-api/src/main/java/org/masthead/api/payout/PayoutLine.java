package org.masthead.api.payout;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;

/**
 * What one story earned its writer from one member on one day, with the inputs that produced it. The engine
 * sums lines into the earnings ledger per (writer, story, day) and keeps the inputs for the writer's page.
 *
 * @param story          the story
 * @param writer         its writer
 * @param amount         the earnings, never negative
 * @param readingSeconds the reading time that counted (after any cap)
 * @param points         the engagement points after multipliers
 * @param multipliers    each multiplier applied, by name (such as {@code followerBonus}); may be empty
 * @param reasons        at least one reason
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PayoutLine(StoryId story, UserId writer, Money amount, long readingSeconds, double points,
                         Map<String, Double> multipliers, List<Reason> reasons) {
    public PayoutLine {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(amount, "amount");
        multipliers = Map.copyOf(multipliers);
        reasons = List.copyOf(reasons);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a payout line must not be negative");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a payout line needs at least one reason");
        }
    }
}
