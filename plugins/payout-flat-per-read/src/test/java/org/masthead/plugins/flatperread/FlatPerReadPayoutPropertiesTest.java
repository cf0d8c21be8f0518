package org.masthead.plugins.flatperread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.StoryReading;
import org.masthead.api.payout.StoryReading.Interactions;

/**
 * The {@link org.masthead.api.payout.PayoutModel} contract over many random member-days and settings. The generator
 * is seeded, so a failure names a run that reproduces exactly.
 */
class FlatPerReadPayoutPropertiesTest {

    private static final int RUNS = 1_000;

    @Test
    void theContractHoldsForAnySettings() {
        Random random = new Random(20250601);
        for (int run = 0; run < RUNS; run++) {
            FlatPerReadConfig config = new FlatPerReadConfig(
                    random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble(),
                    random.nextInt(3) == 0 ? 30 : random.nextInt(601));
            MemberDay memberDay = memberDay(random);
            int current = run;
            // Built only when an assertion fails: printing a member-day of 50 readings on every run is slow.
            Supplier<String> context = () -> "run " + current + ", " + config + ": " + memberDay;

            PayoutAllocation allocation = model(config).allocate(memberDay);

            assertEquals(memberDay.dues(), allocation.total(), context);
            assertFalse(allocation.remainder().isNegative(), context);
            Set<StoryId> read = memberDay.readings().stream().map(StoryReading::story).collect(Collectors.toSet());
            for (PayoutLine line : allocation.lines()) {
                assertFalse(line.amount().isNegative(), context);
                assertTrue(read.contains(line.story()), context);
            }
            // Equal shares: no two lines differ by more than the one leftover cent.
            long most = allocation.lines().stream().mapToLong(l -> l.amount().minor()).max().orElse(0);
            long least = allocation.lines().stream().mapToLong(l -> l.amount().minor()).min().orElse(0);
            assertTrue(most - least <= 1, context);
            // A fresh model, as another node or a rerun of the day would have, gives the same split.
            assertEquals(allocation, model(config).allocate(memberDay), context);
        }
    }

    /**
     * Dues of 0 to 10^7 minor units and 0 to 50 readings. Story ids come from a small set, so a story now and then
     * appears twice and is merged; its writer follows from its id, as the engine's aggregate guarantees.
     */
    private static MemberDay memberDay(Random random) {
        List<StoryReading> readings = new ArrayList<>();
        for (int i = random.nextInt(51); i > 0; i--) {
            String id = "s" + random.nextInt(60);
            long seconds = random.nextInt(4) == 0 ? random.nextInt(41) : random.nextInt(7201);
            readings.add(new StoryReading(new StoryId(id), new UserId("writer-" + id), null, seconds,
                    new Interactions(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                            random.nextBoolean()),
                    random.nextBoolean(), random.nextBoolean(), random.nextDouble()));
        }
        long dues = random.nextInt(5) == 0 ? random.nextInt(10) : random.nextInt(10_000_001);
        return new MemberDay(new UserId("m1"), LocalDate.of(2025, 6, 1), Money.of(dues, "USD"), readings);
    }

    private static FlatPerReadPayoutModel model(FlatPerReadConfig config) {
        return new FlatPerReadPayoutModel(new FixedContext(config));
    }
}
