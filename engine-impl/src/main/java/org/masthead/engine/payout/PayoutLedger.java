package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.api.payout.Money;
import org.masthead.engine.db.Database;

/**
 * Reads of the earnings ledger for the API. A bean of its own because web resources are created when the server
 * starts, before the database may be open, and so must reach it only through lazy beans like this one.
 */
@ApplicationScoped
public class PayoutLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One ledger line as its writer sees it. */
    public record Earning(String day, String story, String title, long amount, String currency, String display,
                          int members, long readingSeconds, double points, JsonNode detail) {
    }

    /** What a refund took back from a story for a day already paid, recorded on the day of the refund. */
    public record Adjustment(String day, String paidDay, String story, String title, long amount, String currency,
                             String display, String reason) {
    }

    /**
     * A writer's earnings over a period: totals per currency (minor units) of the lines, the lines and the refund
     * adjustments recorded in it, newest day first.
     */
    public record Earnings(String from, String to, Map<String, Long> totals, List<Earning> lines,
                           List<Adjustment> adjustments) {
    }

    private final PayoutMapper payouts;
    private final StatementMapper statements;

    @Inject
    public PayoutLedger(Database database) {
        this.payouts = database.mapper(PayoutMapper.class);
        this.statements = database.mapper(StatementMapper.class);
    }

    /** What {@code writerId} earned on the days {@code from..to}. */
    public Earnings earnings(long writerId, int from, int to) {
        Map<String, Long> totals = new TreeMap<>();
        List<Earning> lines = payouts.linesOfWriter(writerId, from, to).stream().map(line -> {
            totals.merge(line.currency(), line.amountMinor(), Long::sum);
            return new Earning(iso(line.day()), line.storyPublicId(), line.storyTitle(), line.amountMinor(),
                    line.currency(), Money.of(line.amountMinor(), line.currency()).toString(), line.members(),
                    line.readingSeconds(), line.points(), parse(line.detail()));
        }).toList();
        List<Adjustment> adjustments = statements.adjustmentsOfWriter(writerId, from, to).stream()
                .map(row -> new Adjustment(iso(row.day()), iso(row.sourceDay()), row.storyPublicId(), row.storyTitle(),
                        row.amountMinor(), row.currency(), Money.of(row.amountMinor(), row.currency()).toString(),
                        row.reason())).toList();
        return new Earnings(iso(from), iso(to), totals, lines, adjustments);
    }

    List<PayoutMapper.LineRow> linesOfWriter(long writerId, int from, int to) {
        return payouts.linesOfWriter(writerId, from, to);
    }

    List<PayoutMapper.DayRow> days(int from, int to) {
        return payouts.days(from, to);
    }

    /** What writers earned on the days {@code from..to}, per currency, as shown: "12.50 USD". */
    public Map<String, String> earned(int from, int to) {
        Map<String, Long> sums = new TreeMap<>();
        payouts.totals(from, to).forEach(total -> sums.merge(total.currency(), total.amountMinor(), Long::sum));
        Map<String, String> shown = new TreeMap<>();
        sums.forEach((currency, minor) -> shown.put(currency, Money.of(minor, currency).toString()));
        return shown;
    }

    /** What the daily run did on the days {@code from..to}, newest first. */
    public List<PayoutRun.Outcome> outcomes(int from, int to) {
        return payouts.days(from, to).stream().map(PayoutRun::outcome)
                .sorted((a, b) -> Integer.compare(b.day(), a.day())).toList();
    }

    List<PayoutMapper.DayTotal> totals(int from, int to) {
        return payouts.totals(from, to);
    }

    List<PayoutMapper.RemainderRow> remainders(int from, int to) {
        return payouts.remainders(from, to);
    }

    private static String iso(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
