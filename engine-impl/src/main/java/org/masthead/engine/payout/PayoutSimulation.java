package org.masthead.engine.payout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.engine.db.Database;
import org.masthead.engine.site.StoredSettings;
import org.masthead.engine.plugin.GuardedPayoutModel;
import org.masthead.engine.web.ApiException;

/**
 * Runs an installed payout model over past days without writing anything, next to the active one on the same
 * input, and compares them writer by writer: who gains, who loses, and how concentrated earnings are under each.
 */
@ApplicationScoped
public class PayoutSimulation {
    /** One writer's total in one currency under both models, in minor units. */
    public record WriterDelta(String writer, long active, long simulated, long delta) {
    }

    /**
     * How concentrated earnings are: the Gini coefficient (0 = everyone equal, 1 = one writer takes all) and the
     * share of the top 1% of writers (at least one writer).
     */
    public record Spread(double gini, double topOnePercentShare, long total) {
        static Spread of(long[] amounts) {
            long[] sorted = amounts.clone();
            Arrays.sort(sorted);
            long total = Arrays.stream(sorted).sum();
            if (total == 0 || sorted.length == 0) {
                return new Spread(0, 0, total);
            }
            double weighted = 0;
            for (int i = 0; i < sorted.length; i++) {
                weighted += (2.0 * (i + 1) - sorted.length - 1) * sorted[i];
            }
            int top = Math.max(1, sorted.length / 100);
            long topSum = 0;
            for (int i = sorted.length - top; i < sorted.length; i++) {
                topSum += sorted[i];
            }
            return new Spread(weighted / ((double) sorted.length * total), (double) topSum / total, total);
        }
    }

    /** The comparison in one currency; writers sorted by delta, largest gain first. */
    public record Comparison(String currency, Spread active, Spread simulated, List<WriterDelta> writers) {
    }

    /** What was compared. */
    public record Report(String activeModel, String simulatedModel, String from, String to, int memberDays,
                         List<Comparison> currencies) {
    }

    private final PayoutMapper payouts;
    private final GuardedPayoutModel model;
    private final StoredSettings settings;

    @Inject
    public PayoutSimulation(Database database, GuardedPayoutModel model, StoredSettings settings) {
        this.payouts = database.mapper(PayoutMapper.class);
        this.model = model;
        this.settings = settings;
    }

    /** Compares plugin {@code pluginId}'s model with the active one over the days {@code from..to}. */
    public Report simulate(String pluginId, int from, int to) {
        String active = model.activeId().orElseThrow(() -> ApiException.conflict("no_model",
                "no payout model is active"));
        if (pluginId == null || !model.installed().contains(pluginId)) {
            throw ApiException.badRequest("unknown_model", "installed payout models: " + model.installed());
        }
        Map<String, Map<String, long[]>> totals = new TreeMap<>();
        double unreadShare = PayoutSettings.current(settings).unreadShare();
        int memberDays = 0;
        for (int day = from; day <= to; day++) {
            DayLedger current = new DayLedger();
            DayLedger simulated = new DayLedger();
            memberDays += MemberDays.forEach(payouts, day, batch -> {
                List<MemberDay> days = batch.stream().map(MemberDays.Member::day).toList();
                List<PayoutAllocation> byActive = model.allocateAll(days);
                List<PayoutAllocation> other = model.allocateAll(pluginId, days);
                for (int i = 0; i < batch.size(); i++) {
                    current.add(days.get(i).dues(), byActive.get(i), batch.get(i).stories());
                    simulated.add(days.get(i).dues(), other.get(i), batch.get(i).stories());
                }
            });
            current.shareUnread(unreadShare);
            simulated.shareUnread(unreadShare);
            addUp(totals, current, 0);
            addUp(totals, simulated, 1);
        }
        Map<Long, String> names = new HashMap<>();
        List<Comparison> comparisons = new ArrayList<>();
        totals.forEach((currency, writers) -> {
            List<WriterDelta> deltas = new ArrayList<>();
            writers.forEach((writerId, both) -> deltas.add(new WriterDelta(names.computeIfAbsent(
                    Long.parseLong(writerId), payouts::username), both[0], both[1], both[1] - both[0])));
            deltas.sort((a, b) -> a.delta() != b.delta() ? Long.compare(b.delta(), a.delta())
                    : a.writer().compareTo(b.writer()));
            comparisons.add(new Comparison(currency,
                    Spread.of(deltas.stream().mapToLong(WriterDelta::active).toArray()),
                    Spread.of(deltas.stream().mapToLong(WriterDelta::simulated).toArray()), deltas));
        });
        return new Report(active, pluginId, java.time.LocalDate.ofEpochDay(from).toString(),
                java.time.LocalDate.ofEpochDay(to).toString(), memberDays, comparisons);
    }

    private static void addUp(Map<String, Map<String, long[]>> totals, DayLedger ledger, int which) {
        ledger.lines().values().forEach(line -> totals.computeIfAbsent(line.currency, c -> new TreeMap<>())
                .computeIfAbsent(Long.toString(line.writerId), w -> new long[2])[which] += line.amount);
    }
}
