package org.masthead.plugins.payout;

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
class PartnerProgramPayoutPropertiesTest {

    private static final int RUNS = 1_000;

    @Test
    void theContractHoldsWithTheDefaults() {
        Random random = new Random(20250601);
        for (int run = 0; run < RUNS; run++) {
            int current = run;
            assertContract(new PartnerProgramConfig(), memberDay(random), () -> "run " + current);
        }
    }

    @Test
    void theContractHoldsWithAnyValidSettings() {
        Random random = new Random(20250602);
        for (int run = 0; run < RUNS; run++) {
            PartnerProgramConfig config = config(random);
            int current = run;
            assertContract(config, memberDay(random), () -> "run " + current + ", " + config);
        }
    }

    @Test
    void moreMoneyNeverGoesToFewerPoints() {
        Random random = new Random(20250603);
        for (int run = 0; run < RUNS; run++) {
            PayoutAllocation allocation = model(new PartnerProgramConfig()).allocate(memberDay(random));
            for (PayoutLine a : allocation.lines()) {
                for (PayoutLine b : allocation.lines()) {
                    if (a.points() > b.points()) {
                        assertTrue(a.amount().minor() >= b.amount().minor(), "run " + run + ": " + a + " and " + b);
                    }
                }
            }
        }
    }

    private static void assertContract(PartnerProgramConfig config, MemberDay memberDay, Supplier<String> run) {
        // Built only when an assertion fails: printing a member-day of 50 readings on every run is slow.
        Supplier<String> context = () -> run.get() + ": " + memberDay;
        PayoutAllocation allocation = model(config).allocate(memberDay);

        assertEquals(memberDay.dues(), allocation.total(), context);
        assertFalse(allocation.remainder().isNegative(), context);
        Set<StoryId> read = memberDay.readings().stream().map(StoryReading::story).collect(Collectors.toSet());
        for (PayoutLine line : allocation.lines()) {
            assertFalse(line.amount().isNegative(), context);
            assertTrue(read.contains(line.story()), context);
            assertTrue(line.readingSeconds() <= config.maxSecondsPerStory(), context);
        }
        assertEquals(allocation.lines().size(), allocation.lines().stream().map(PayoutLine::story).distinct().count(),
                context);
        // A fresh model, as another node or a rerun of the day would have, gives the same split.
        assertEquals(allocation, model(config).allocate(memberDay), context);
    }

    /**
     * Dues of 0 to 10^7 minor units and 0 to 50 readings. Story ids come from a small set, so a story now and then
     * appears twice and is merged; its writer follows from its id, as the engine's aggregate guarantees. A quarter of
     * the reading times are short, around the 30-second threshold.
     */
    static MemberDay memberDay(Random random) {
        List<StoryReading> readings = new ArrayList<>();
        for (int i = random.nextInt(51); i > 0; i--) {
            String id = "s" + random.nextInt(60);
            long seconds = random.nextInt(4) == 0 ? random.nextInt(41) : random.nextInt(7201);
            Interactions interactions = new Interactions(random.nextBoolean(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean());
            double ratio = switch (random.nextInt(8)) {
                case 0 -> 0.0;
                case 1 -> 1.0;
                default -> random.nextDouble();
            };
            readings.add(new StoryReading(new StoryId(id), new UserId("writer-" + id), null, seconds, interactions,
                    random.nextBoolean(), random.nextBoolean(), ratio));
        }
        long dues = random.nextInt(5) == 0 ? random.nextInt(10) : random.nextInt(10_000_001);
        return new MemberDay(new UserId("m1"), LocalDate.of(2025, 6, 1), Money.of(dues, "USD"), readings);
    }

    /** Any settings within the documented ranges, including their lower bounds. */
    private static PartnerProgramConfig config(Random random) {
        long qualifying = 1 + random.nextInt(300);
        return new PartnerProgramConfig(random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble(),
                qualifying, qualifying + random.nextInt(86_401 - (int) qualifying),
                between(random, 0.01, 100),
                between(random, 0, 100), between(random, 0, 100), between(random, 0, 100), between(random, 0, 100),
                between(random, 0, 1000),
                between(random, 1, 100), between(random, 1, 100),
                between(random, 0.01, 1), between(random, 0.01, 1), between(random, 1, 100));
    }

    /** A value in [min, max], the bounds themselves one time in ten each. */
    private static double between(Random random, double min, double max) {
        return switch (random.nextInt(10)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextDouble() * (max - min);
        };
    }

    private static PartnerProgramPayoutModel model(PartnerProgramConfig config) {
        return new PartnerProgramPayoutModel(new FixedContext(config));
    }
}
