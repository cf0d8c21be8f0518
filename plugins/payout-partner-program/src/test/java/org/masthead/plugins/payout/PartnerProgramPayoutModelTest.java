package org.masthead.plugins.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.StoryReading;
import org.masthead.api.plugin.PluginContext;

class PartnerProgramPayoutModelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Test
    void halfTheDuesIsSplitByReadingTimeToTheCent() {
        PayoutAllocation allocation = model(0.5).allocate(day(1000, reading("s1", 60), reading("s2", 120)));

        assertEquals(List.of(
                line("s1", 167, 60, "Read for 60 seconds, of 180 qualifying seconds the member read that day"),
                line("s2", 333, 120, "Read for 120 seconds, of 180 qualifying seconds the member read that day")),
                allocation.lines());
        assertEquals(usd(500), allocation.remainder());
        assertEquals(Reason.of("platform-share", "50% of the dues goes to the stories read for 30 seconds or more; "
                + "the other 50% stays with the platform"), allocation.remainderReason());
    }

    @Test
    void readingsUnderThirtySecondsEarnNothing() {
        PayoutAllocation allocation = model(0.5).allocate(
                day(1000, reading("s1", 29), reading("s2", 30), reading("s3", 90)));

        assertEquals(List.of(
                line("s2", 125, 30, "Read for 30 seconds, of 120 qualifying seconds the member read that day"),
                line("s3", 375, 90, "Read for 90 seconds, of 120 qualifying seconds the member read that day")),
                allocation.lines());
        assertEquals(usd(500), allocation.remainder());
    }

    @Test
    void withoutAQualifyingReadTheWholeDuesIsTheRemainder() {
        Reason reason = Reason.of("no-qualifying-reads",
                "No story was read for 30 seconds or more; the dues stay with the platform");

        assertEquals(new PayoutAllocation(List.of(), usd(1000), reason),
                model(0.5).allocate(day(1000, reading("s1", 29))));
        assertEquals(new PayoutAllocation(List.of(), usd(1000), reason), model(0.5).allocate(day(1000)));
    }

    @Test
    void leftoverCentsGoByLargestRemainderToTheEarlierParts() {
        PayoutAllocation allocation = model(0.5).allocate(
                day(999, reading("s1", 30), reading("s2", 30), reading("s3", 30)));

        assertEquals(List.of(167L, 167L, 166L), amounts(allocation));
        assertEquals(usd(499), allocation.remainder());
    }

    @Test
    void theShareDecidesThePoolFromNothingToEverything() {
        PayoutAllocation none = model(0).allocate(day(1000, reading("s1", 60)));
        PayoutAllocation most = model(0.7).allocate(day(1000, reading("s1", 60), reading("s2", 60)));
        PayoutAllocation all = model(1).allocate(day(1001, reading("s1", 60), reading("s2", 60)));

        assertEquals(List.of(0L), amounts(none));
        assertEquals(usd(1000), none.remainder());
        assertEquals(List.of(350L, 350L), amounts(most));
        assertEquals(usd(300), most.remainder());
        assertEquals("70% of the dues goes to the stories read for 30 seconds or more; the other 30% stays with "
                + "the platform", most.remainderReason().message());
        assertEquals(List.of(501L, 500L), amounts(all));
        assertEquals(usd(0), all.remainder());
    }

    @Test
    void linesAndRemainderAlwaysAddUpToTheDues() {
        Random random = new Random(20250601);
        for (int run = 0; run < 2_000; run++) {
            double share = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextDouble();
            List<StoryReading> readings = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                readings.add(reading("s" + i, random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(7200)));
            }
            MemberDay memberDay = new MemberDay(new UserId("m1"), DAY,
                    usd(random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(10_000_000)), readings);
            String context = "run " + run + ": share " + share + ", " + memberDay;

            PayoutAllocation allocation = model(share).allocate(memberDay);

            assertEquals(memberDay.dues(), allocation.total(), context);
            assertEquals(readings.stream().filter(r -> r.readingSeconds() >= 30).count(), allocation.lines().size(),
                    context);
            for (PayoutLine line : allocation.lines()) {
                assertFalse(line.amount().isNegative(), context);
                assertTrue(line.readingSeconds() >= 30, context);
            }
            assertEquals(allocation, model(share).allocate(memberDay), context);
        }
    }

    @Test
    void theConfigDefaultsToHalfAndRejectsSharesOutsideZeroToOne() {
        assertEquals(0.5, new PartnerProgramConfig().creatorShare());
        assertThrows(IllegalArgumentException.class, () -> new PartnerProgramConfig(-0.01));
        assertThrows(IllegalArgumentException.class, () -> new PartnerProgramConfig(1.01));
        assertThrows(IllegalArgumentException.class, () -> new PartnerProgramConfig(Double.NaN));
    }

    private static PartnerProgramPayoutModel model(double creatorShare) {
        return new PartnerProgramPayoutModel(new FixedContext(new PartnerProgramConfig(creatorShare)));
    }

    private static MemberDay day(long duesCents, StoryReading... readings) {
        return new MemberDay(new UserId("m1"), DAY, usd(duesCents), List.of(readings));
    }

    private static StoryReading reading(String story, long seconds) {
        return new StoryReading(new StoryId(story), new UserId("writer-" + story), null, seconds,
                StoryReading.Interactions.NONE, false, false, 1.0);
    }

    private static PayoutLine line(String story, long cents, long seconds, String message) {
        return new PayoutLine(new StoryId(story), new UserId("writer-" + story), usd(cents), seconds, seconds,
                Map.of(), List.of(Reason.of("reading-time", message)));
    }

    private static List<Long> amounts(PayoutAllocation allocation) {
        return allocation.lines().stream().map(line -> line.amount().minor()).toList();
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    /** A context that always answers with one configuration. */
    private record FixedContext(PartnerProgramConfig current) implements PluginContext {
        @Override
        public String pluginId() {
            return "payout-partner-program";
        }

        @Override
        public <C extends Record> C config(Class<C> type) {
            return type.cast(current);
        }
    }
}
