package org.masthead.plugins.flatperread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.MemberDay;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;
import org.masthead.api.payout.StoryReading;
import org.masthead.api.payout.StoryReading.Interactions;

class FlatPerReadPayoutModelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Interactions ALL = new Interactions(true, true, true, true);

    @Test
    void everyQualifyingReadEarnsTheSameWhateverElseHappened() {
        // Dues 1667: pool 833.5 and platform 833.5, the tied cent to the pool: 834 / 833. s2 was read 29 s and
        // earns nothing; s1, s3 and s4 get 834 / 3 = 278 each, although s3 was read an hour, clapped and Boosted.
        PayoutAllocation allocation = model(new FlatPerReadConfig()).allocate(day(1667,
                reading("s1", 45, Interactions.NONE, false, false),
                reading("s2", 29, ALL, true, true),
                reading("s3", 3600, ALL, true, true),
                reading("s4", 30, Interactions.NONE, false, false)));

        assertEquals(List.of(line("s1", 278, 45), line("s3", 278, 3600), line("s4", 278, 30)), allocation.lines());
        assertEquals(usd(833), allocation.remainder());
        assertEquals(Reason.of("platform-share", "50% of the dues goes to the stories read for 30 seconds or more; "
                + "the other 50% stays with the platform"), allocation.remainderReason());
    }

    @Test
    void leftoverCentsGoToTheEarlierReads() {
        // Pool 500 / 3 = 166.67 each: floors 498, the 2 cents left to s1 and s2.
        PayoutAllocation allocation = model(new FlatPerReadConfig()).allocate(day(1000,
                reading("s1", 60, Interactions.NONE, false, false),
                reading("s2", 60, Interactions.NONE, false, false),
                reading("s3", 60, Interactions.NONE, false, false)));

        assertEquals(List.of(167L, 167L, 166L), amounts(allocation));
        assertEquals(usd(500), allocation.remainder());
    }

    @Test
    void theSettingsDecideThePoolAndWhatCountsAsARead() {
        // 70% of 1000 = 700 for s1 and s2 (10 s counts now), 350 each.
        PayoutAllocation allocation = model(new FlatPerReadConfig(0.7, 10)).allocate(day(1000,
                reading("s1", 10, Interactions.NONE, false, false),
                reading("s2", 600, Interactions.NONE, false, false),
                reading("s3", 9, Interactions.NONE, false, false)));

        assertEquals(List.of(350L, 350L), amounts(allocation));
        assertEquals(usd(300), allocation.remainder());
    }

    @Test
    void withoutAQualifyingReadTheWholeDuesIsTheRemainder() {
        Reason reason = Reason.of("no-qualifying-reads",
                "No story was read for 30 seconds or more; the dues stay with the platform");

        assertEquals(new PayoutAllocation(List.of(), usd(1667), reason), model(new FlatPerReadConfig())
                .allocate(day(1667)));
        assertEquals(new PayoutAllocation(List.of(), usd(1667), reason), model(new FlatPerReadConfig())
                .allocate(day(1667, reading("s1", 29, ALL, true, true))));
    }

    @Test
    void aStoryListedTwiceIsOneReadWithItsSecondsAddedUp() {
        // s1: 20 s + 15 s = 35 s, one read; s2: 60 s. Pool 500: 250 each.
        PayoutAllocation allocation = model(new FlatPerReadConfig()).allocate(day(1000,
                reading("s1", 20, Interactions.NONE, false, false),
                reading("s2", 60, Interactions.NONE, false, false),
                reading("s1", 15, Interactions.NONE, false, false)));

        assertEquals(List.of(line("s1", 250, 35, 2), line("s2", 250, 60, 2)), allocation.lines());
    }

    @Test
    void aStoryListedWithTwoWritersAndNegativeDuesAreRefused() {
        StoryReading other = new StoryReading(new StoryId("s1"), new UserId("someone-else"), null, 60,
                Interactions.NONE, false, false, 0.5);
        FlatPerReadPayoutModel model = model(new FlatPerReadConfig());

        assertEquals("story s1 is listed with two writers, writer-s1 and someone-else",
                assertThrows(IllegalArgumentException.class, () -> model.allocate(
                        day(1000, reading("s1", 60, Interactions.NONE, false, false), other))).getMessage());
        assertEquals("dues must not be negative: -0.01 USD", assertThrows(IllegalArgumentException.class,
                () -> model.allocate(day(-1))).getMessage());
    }

    @Test
    void theConfigDefaultsToHalfAndThirtySecondsAndRejectsValuesOutOfRange() {
        assertEquals(new FlatPerReadConfig(0.5, 30), new FlatPerReadConfig());
        assertEquals("creatorShare must be between 0 and 1: 1.01",
                assertThrows(IllegalArgumentException.class, () -> new FlatPerReadConfig(1.01, 30)).getMessage());
        assertEquals("creatorShare must be between 0 and 1: NaN",
                assertThrows(IllegalArgumentException.class, () -> new FlatPerReadConfig(Double.NaN, 30))
                        .getMessage());
        assertEquals("qualifyingSeconds must be between 0 and 86400: -1",
                assertThrows(IllegalArgumentException.class, () -> new FlatPerReadConfig(0.5, -1)).getMessage());
    }

    private static FlatPerReadPayoutModel model(FlatPerReadConfig config) {
        return new FlatPerReadPayoutModel(new FixedContext(config));
    }

    private static MemberDay day(long duesCents, StoryReading... readings) {
        return new MemberDay(new UserId("m1"), DAY, usd(duesCents), List.of(readings));
    }

    private static StoryReading reading(String story, long seconds, Interactions interactions, boolean follows,
                                        boolean boosted) {
        return new StoryReading(new StoryId(story), new UserId("writer-" + story), null, seconds, interactions,
                follows, boosted, 0.5);
    }

    private static PayoutLine line(String story, long cents, long seconds) {
        return line(story, cents, seconds, 3);
    }

    private static PayoutLine line(String story, long cents, long seconds, int reads) {
        return new PayoutLine(new StoryId(story), new UserId("writer-" + story), usd(cents), seconds, 1, Map.of(),
                List.of(Reason.of("qualifying-read", "Read for " + seconds + " seconds: one of the member's " + reads
                        + " qualifying reads that day, which earn equal shares")));
    }

    private static List<Long> amounts(PayoutAllocation allocation) {
        return allocation.lines().stream().map(l -> l.amount().minor()).toList();
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }
}
