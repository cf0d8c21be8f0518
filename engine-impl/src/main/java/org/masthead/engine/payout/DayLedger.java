package org.masthead.engine.payout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
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

    /** What one story earned in one currency that day, and from what. */
    static final class Line {
        final long writerId;
        final String currency;
        long amount;
        int members;
        long seconds;
        double points;
        final Map<String, Applied> multipliers = new TreeMap<>();
        final Map<String, Applied> reasons = new TreeMap<>();

        Line(long writerId, String currency) {
            this.writerId = writerId;
            this.currency = currency;
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
        final Map<String, Applied> reasons = new TreeMap<>();
    }

    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Remainder> remainders = new TreeMap<>();

    /** Adds one member's allocation; {@code storyIds} maps the public story ids it names to database ids. */
    void add(Money dues, PayoutAllocation allocation, Map<String, long[]> storyIds) {
        String currency = dues.currency().getCurrencyCode();
        Remainder remainder = remainders.computeIfAbsent(currency, c -> new Remainder());
        remainder.dues += dues.minor();
        remainder.amount += allocation.remainder().minor();
        count(remainder.reasons, allocation.remainderReason());
        for (PayoutLine line : allocation.lines()) {
            long[] ids = storyIds.get(line.story().value());
            Line sum = lines.computeIfAbsent(ids[0] + ":" + currency, key -> new Line(ids[1], currency));
            sum.amount += line.amount().minor();
            sum.members++;
            sum.seconds += line.readingSeconds();
            sum.points += line.points();
            line.multipliers().forEach((name, value) -> sum.multipliers.merge(name, new Applied(1, value, null),
                    (old, ignored) -> old.with(value)));
            line.reasons().forEach(reason -> count(sum.reasons, reason));
        }
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
