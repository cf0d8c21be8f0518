package org.masthead.engine.payout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.api.content.Reason;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;

/**
 * One day's allocations, summed per (story, currency) into ledger lines and per currency into remainders, keeping
 * the inputs: how many members, the reading time and points, each multiplier and each reason with how often it
 * applied. Both the payout run (which writes it) and simulations (which only compare it) fill one.
 */
final class DayLedger {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PRO_RATA = "pro-rata-unread";

    /** What one story earned in one currency that day, and from what. */
    static final class Line {
        final long writerId;
        final String currency;
        final long storyReaders;
        final long storyReads;
        long amount;
        int members;
        long seconds;
        double points;
        final Map<String, Applied> multipliers = new TreeMap<>();
        final Map<String, Applied> reasons = new TreeMap<>();

        Line(MemberDays.Story story, String currency) {
            this.writerId = story.writerId();
            this.currency = currency;
            this.storyReaders = story.readers();
            this.storyReads = story.reads();
        }

        String detail() {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("multipliers", multipliers);
            detail.put("reasons", reasons);
            try {
                return JSON.writeValueAsString(detail);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * How often a multiplier or reason applied, and (for a multiplier) its largest value or (for a reason) one
     * example message.
     */
    record Applied(int members, Double factor, String example) {
        Applied with(Double value) {
            return new Applied(members + 1, factor == null ? null : Math.max(factor, value), example);
        }
    }

    /** Per currency: the dues handed to the model and what went to no writer. */
    static final class Remainder {
        long dues;
        long amount;
        /** The dues of members whose reading earned no story anything. */
        long unread;
        final Map<String, Applied> reasons = new TreeMap<>();
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Remainder> remainders = new TreeMap<>();

    /** Adds one member's allocation; {@code stories} are the stories it names, by public id. */
    void add(Money dues, PayoutAllocation allocation, Map<String, MemberDays.Story> stories) {
        String currency = dues.currency().getCurrencyCode();
        Remainder remainder = remainders.computeIfAbsent(currency, c -> new Remainder());
        remainder.dues += dues.minor();
        remainder.amount += allocation.remainder().minor();
        if (allocation.lines().isEmpty()) {
            remainder.unread += dues.minor();
        }
        count(remainder.reasons, allocation.remainderReason());
        for (PayoutLine line : allocation.lines()) {
            MemberDays.Story story = stories.get(line.story().value());
            Line sum = lines.computeIfAbsent(story.id() + ":" + currency, key -> new Line(story, currency));
            sum.amount += line.amount().minor();
            sum.members++;
            sum.seconds += line.readingSeconds();
            sum.points += line.points();
            line.multipliers().forEach((name, value) -> sum.multipliers.merge(name, new Applied(1, value, null),
                    (old, ignored) -> old.with(value)));
            line.reasons().forEach(reason -> count(sum.reasons, reason));
        }
    }

    /**
     * The pro-rata remainder rule: {@code share} of the unread dues of each currency (largest-remainder rounding)
     * goes to the day's lines in proportion to what each earned, the rest stays with the platform. Both sides say
     * so with the reason {@code pro-rata-unread}. Without a line that earned, everything stays.
     */
    void shareUnread(double share) {
        remainders.forEach((currency, remainder) -> {
            List<Line> earning = lines.values().stream()
                    .filter(line -> line.currency.equals(currency) && line.amount > 0).toList();
            if (remainder.unread == 0 || earning.isEmpty() || share == 0) {
                return;
            }
            Money shared = Money.of(remainder.unread, currency).split(share, 1 - share).get(0);
            if (shared.minor() == 0) {
                return;
            }
            List<Money> parts = shared.split(earning.stream().mapToDouble(line -> line.amount).toArray());
            Reason reason = Reason.of(PRO_RATA, shared + " of the " + Money.of(remainder.unread, currency)
                    + " members' dues that no read earned were shared in proportion to the day's earnings");
            for (int i = 0; i < earning.size(); i++) {
                earning.get(i).amount += parts.get(i).minor();
                count(earning.get(i).reasons, reason);
            }
            remainder.amount -= shared.minor();
            count(remainder.reasons, reason);
        });
    }

    private static void count(Map<String, Applied> reasons, Reason reason) {
        reasons.merge(reason.code(), new Applied(1, null, reason.message()), (old, ignored) -> old.with(null));
    }

    /** The lines by {@code storyId:currency}. */
    Map<String, Line> lines() {
        return lines;
    }

    Map<String, Remainder> remainders() {
        return remainders;
    }

    static String json(Map<String, Applied> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
