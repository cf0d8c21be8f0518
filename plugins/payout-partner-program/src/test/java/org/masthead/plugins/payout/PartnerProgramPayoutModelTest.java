package org.masthead.plugins.payout;

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

/**
 * Worked examples with the default settings unless a test says otherwise. The pool is half the dues; the cents in the
 * comments are the exact shares, floored, plus leftover cents to the largest fractional parts (ties to the earlier
 * story).
 */
class PartnerProgramPayoutModelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Interactions CLAP = new Interactions(true, false, false, false);
    private static final Interactions HIGHLIGHT = new Interactions(false, true, false, false);
    private static final Interactions NEW_FOLLOW = new Interactions(false, false, false, true);
    private static final Interactions ALL = new Interactions(true, true, true, true);

    @Test
    void oneMemberReadingTwoStoriesPaysByReadingMinutes() {
        // Dues 1667: pool 833.5 and platform 833.5, the tied cent to the pool: 834 / 833.
        // s1: 300 s = 5 points, s2: 600 s = 10 points; 834 × 5/15 = 278, 834 × 10/15 = 556.
        PayoutAllocation allocation = model().allocate(day(1667, reading("s1", 300), reading("s2", 600)));

        assertEquals(List.of(
                new PayoutLine(new StoryId("s1"), new UserId("writer-s1"), usd(278), 300, 5.0,
                        Map.of("readRatio", 1.0), List.of(
                        Reason.of("reading-time", "300 seconds of member reading: 5 minutes × 1 = 5 points"),
                        Reason.of("read-ratio", "Read ratio 50% against a typical 50%: points × 1"),
                        Reason.of("share", "5 of the 15 points the member's qualifying reads earned that day"))),
                new PayoutLine(new StoryId("s2"), new UserId("writer-s2"), usd(556), 600, 10.0,
                        Map.of("readRatio", 1.0), List.of(
                        Reason.of("reading-time", "600 seconds of member reading: 10 minutes × 1 = 10 points"),
                        Reason.of("read-ratio", "Read ratio 50% against a typical 50%: points × 1"),
                        Reason.of("share", "10 of the 15 points the member's qualifying reads earned that day")))),
                allocation.lines());
        assertEquals(usd(833), allocation.remainder());
        assertEquals(Reason.of("platform-share", "50% of the dues goes to the stories read for 30 seconds or more; "
                + "the other 50% stays with the platform"), allocation.remainderReason());
    }

    @Test
    void eachInteractionAddsItsOwnWeight() {
        // Pool 500. s1: 2 min + clap 1 + response 2 = 5; s2: 1 min + highlight 1 = 2; s3: 1 min + new follow 3 = 4.
        // 500 × 5/11 = 227.27, × 2/11 = 90.91, × 4/11 = 181.82: floors 227 + 90 + 181 = 498, the 2 cents left go to
        // s2 (.91) and s3 (.82).
        PayoutAllocation allocation = model().allocate(day(1000,
                reading("s1", 120, new Interactions(true, false, true, false), false, false, 0.5),
                reading("s2", 60, HIGHLIGHT, false, false, 0.5),
                reading("s3", 60, NEW_FOLLOW, false, false, 0.5)));

        assertEquals(List.of(227L, 91L, 182L), amounts(allocation));
        assertEquals(List.of(5.0, 2.0, 4.0), points(allocation));
        assertEquals(Reason.of("engagement", "The member clapped (1), responded (2): 3 engagement points"),
                allocation.lines().get(0).reasons().get(1));
        assertEquals(Reason.of("engagement", "The member followed the writer after reading (3): 3 engagement points"),
                allocation.lines().get(2).reasons().get(1));
    }

    @Test
    void engagementSaturatesAtItsMaximum() {
        // s1: 1 min + min(1 + 1 + 2 + 3 = 7, 5) = 6 points; s2: 4 min = 4 points. Pool 500: 300 and 200.
        MemberDay memberDay = day(1000, reading("s1", 60, ALL, false, false, 0.5), reading("s2", 240));
        PayoutAllocation allocation = model().allocate(memberDay);

        assertEquals(List.of(300L, 200L), amounts(allocation));
        assertEquals(Reason.of("engagement", "The member clapped (1), highlighted (1), responded (2), followed the "
                + "writer after reading (3): 7 engagement points, counted as 5 (the most)"),
                allocation.lines().get(0).reasons().get(1));

        // Raising the maximum to 10 lets all 7 count: 8 points against 4, 500 × 8/12 = 333.33 and 166.67 → 333, 167.
        PayoutAllocation raised = model(PartnerProgramConfigTest.with(new PartnerProgramConfig(),
                "maxEngagementPoints", 10.0)).allocate(memberDay);
        assertEquals(List.of(333L, 167L), amounts(raised));
    }

    @Test
    void aBoostedStoryEarnsTheBoostBonus() {
        // s1: 5 min × 2 = 10 points; s2: 5 points. Pool 500 × 10/15 = 333.33, × 5/15 = 166.67 → 333, 167.
        PayoutAllocation allocation = model().allocate(day(1000,
                reading("s1", 300, Interactions.NONE, false, true, 0.5), reading("s2", 300)));

        assertEquals(List.of(333L, 167L), amounts(allocation));
        assertEquals(Map.of("boostBonus", 2.0, "readRatio", 1.0), allocation.lines().get(0).multipliers());
        assertEquals(Map.of("readRatio", 1.0), allocation.lines().get(1).multipliers());
        assertEquals(Reason.of("boost-bonus", "Boosted that day: points × 2"),
                allocation.lines().get(0).reasons().get(1));
    }

    @Test
    void aFollowerEarnsTheWriterTheFollowerBonus() {
        // s1: 5 min × 2 = 10 points, as much as s2's 10 unfollowed minutes: pool 500 → 250 each.
        PayoutAllocation allocation = model().allocate(day(1000,
                reading("s1", 300, Interactions.NONE, true, false, 0.5), reading("s2", 600)));

        assertEquals(List.of(250L, 250L), amounts(allocation));
        assertEquals(Map.of("followerBonus", 2.0, "readRatio", 1.0), allocation.lines().get(0).multipliers());
        assertEquals(Reason.of("follower-bonus", "The member followed the writer before reading: points × 2"),
                allocation.lines().get(0).reasons().get(1));
    }

    @Test
    void theFollowerAndBoostBonusesMultiply() {
        // s1: 2.5 min × 2 × 2 = 10 points; s2: 5 points. Pool 500 → 333, 167 as with a Boost alone.
        PayoutAllocation allocation = model().allocate(day(1000,
                reading("s1", 150, Interactions.NONE, true, true, 0.5), reading("s2", 300)));

        assertEquals(List.of(333L, 167L), amounts(allocation));
        assertEquals(10.0, allocation.lines().get(0).points());
        assertEquals(Map.of("followerBonus", 2.0, "boostBonus", 2.0, "readRatio", 1.0),
                allocation.lines().get(0).multipliers());
    }

    @Test
    void theReadRatioAdjustsThePointsWithinItsBounds() {
        // 5 min each. s1: ratio 0.25 / 0.5 = 0.5 → 2.5 points; s2: 1.0 / 0.5 = 2, clamped to 1.5 → 7.5 points;
        // s3: 0.4 / 0.5 = 0.8 → 4 points; s4: 0 / 0.5 = 0, clamped to 0.5 → 2.5 points. 16.5 points in all.
        // Dues 1650, pool 825: 825 × 2.5/16.5 = 125, × 7.5/16.5 = 375, × 4/16.5 = 200, 125.
        PayoutAllocation allocation = model().allocate(day(1650,
                reading("s1", 300, Interactions.NONE, false, false, 0.25),
                reading("s2", 300, Interactions.NONE, false, false, 1.0),
                reading("s3", 300, Interactions.NONE, false, false, 0.4),
                reading("s4", 300, Interactions.NONE, false, false, 0.0)));

        assertEquals(List.of(125L, 375L, 200L, 125L), amounts(allocation));
        assertEquals(List.of(0.5, 1.5, 0.8, 0.5), allocation.lines().stream()
                .map(line -> line.multipliers().get("readRatio")).toList());
        assertEquals(List.of(
                Reason.of("read-ratio", "Read ratio 25% against a typical 50%: points × 0.5"),
                Reason.of("read-ratio", "Read ratio 100% against a typical 50%: points × 1.5, the highest factor "
                        + "allowed"),
                Reason.of("read-ratio", "Read ratio 40% against a typical 50%: points × 0.8"),
                Reason.of("read-ratio", "Read ratio 0% against a typical 50%: points × 0.5, the lowest factor "
                        + "allowed")),
                allocation.lines().stream().map(line -> line.reasons().get(1)).toList());
    }

    @Test
    void readingTimeCountsUpToTheCapPerStory() {
        // s1: 3600 s counted as 1800 = 30 points, the same as s2's 1800 s: pool 500 → 250 each.
        PayoutAllocation allocation = model().allocate(day(1000, reading("s1", 3600), reading("s2", 1800)));

        assertEquals(List.of(250L, 250L), amounts(allocation));
        assertEquals(1800, allocation.lines().get(0).readingSeconds());
        assertEquals(Reason.of("reading-time", "3600 seconds of member reading, counted as 1800 (the most per story "
                + "and day): 30 minutes × 1 = 30 points"), allocation.lines().get(0).reasons().get(0));
    }

    @Test
    void aViewUnderThirtySecondsEarnsNothing() {
        // s1 was read 29 s and gets no line; s2's 30 s (0.5 points) take the whole pool of 500.
        PayoutAllocation allocation = model().allocate(
                day(1000, reading("s1", 29, ALL, true, true, 1.0), reading("s2", 30)));

        assertEquals(List.of(new StoryId("s2")), allocation.lines().stream().map(PayoutLine::story).toList());
        assertEquals(List.of(500L), amounts(allocation));
        assertEquals(List.of(0.5), points(allocation));
        assertEquals(usd(500), allocation.remainder());
    }

    @Test
    void withoutAQualifyingReadTheWholeDuesIsTheRemainder() {
        Reason reason = Reason.of("no-qualifying-reads",
                "No story was read for 30 seconds or more; the dues stay with the platform");

        assertEquals(new PayoutAllocation(List.of(), usd(1667), reason), model().allocate(day(1667)));
        assertEquals(new PayoutAllocation(List.of(), usd(1667), reason),
                model().allocate(day(1667, reading("s1", 29), reading("s2", 0))));
    }

    @Test
    void aStoryWhoseShareRoundsToNothingStillGetsItsLine() {
        // Dues 3: pool 1.5 / platform 1.5, the tied cent to the pool: 2 / 1. s1: 30 points, s2 and s3: 0.5 each.
        // 2 × 30/31 = 1.94, 2 × 0.5/31 = 0.03 each: floors 1, 0, 0 and the cent left to s1.
        PayoutAllocation allocation = model().allocate(
                day(3, reading("s1", 1800), reading("s2", 30), reading("s3", 30)));

        assertEquals(List.of(2L, 0L, 0L), amounts(allocation));
        assertEquals(Reason.of("share", "0.5 of the 31 points the member's qualifying reads earned that day"),
                allocation.lines().get(1).reasons().get(2));
        assertEquals(usd(1), allocation.remainder());
    }

    @Test
    void aStoryListedTwiceIsMergedWhateverTheOrder() {
        // s1: 20 s clapped + 40 s Boosted at ratio 0.75 = 60 s: (1 min + clap 1) × Boost 2 × 0.75/0.5 = 6 points;
        // s2: 1 point. Pool 700: 600 and 100.
        StoryReading clapped = reading("s1", 20, CLAP, false, false, 0.5);
        StoryReading boosted = reading("s1", 40, Interactions.NONE, false, true, 0.75);
        PayoutAllocation allocation = model().allocate(day(1400, clapped, reading("s2", 60), boosted));

        assertEquals(List.of(new StoryId("s1"), new StoryId("s2")),
                allocation.lines().stream().map(PayoutLine::story).toList());
        assertEquals(List.of(600L, 100L), amounts(allocation));
        assertEquals(60, allocation.lines().get(0).readingSeconds());
        assertEquals(Map.of("boostBonus", 2.0, "readRatio", 1.5), allocation.lines().get(0).multipliers());
        assertEquals(allocation, model().allocate(day(1400, boosted, reading("s2", 60), clapped)));
    }

    @Test
    void aStoryListedWithTwoWritersIsRefused() {
        StoryReading other = new StoryReading(new StoryId("s1"), new UserId("someone-else"), null, 60,
                Interactions.NONE, false, false, 0.5);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model().allocate(day(1000, reading("s1", 60), other)));
        assertEquals("story s1 is listed with two writers, writer-s1 and someone-else", error.getMessage());
    }

    @Test
    void negativeDuesAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> model().allocate(day(-1, reading("s1", 60))));
        assertEquals("dues must not be negative: -0.01 USD", error.getMessage());
    }

    @Test
    void theShareDecidesThePoolFromNothingToEverything() {
        PartnerProgramConfig defaults = new PartnerProgramConfig();
        PayoutAllocation none = model(PartnerProgramConfigTest.with(defaults, "creatorShare", 0.0))
                .allocate(day(1000, reading("s1", 60)));
        PayoutAllocation most = model(PartnerProgramConfigTest.with(defaults, "creatorShare", 0.7))
                .allocate(day(1000, reading("s1", 60), reading("s2", 60)));
        PayoutAllocation all = model(PartnerProgramConfigTest.with(defaults, "creatorShare", 1.0))
                .allocate(day(1001, reading("s1", 60), reading("s2", 60)));

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
    void theWorkedExampleOfTheDocs() {
        // docs/payouts.md, "The default model". Dues 1667: pool 834, platform 833.
        // s1: (7.5 min + clap 1 + highlight 1) × follower 2 × 0.6/0.5 = 22.8 points
        // s2: 2400 s counted as 1800 = 30 min × 0.3/0.5 = 18 points
        // s3: (3 min + min(7, 5)) × Boost 2 × 0.5/0.5 = 16 points
        // s4: 20 s, no line.
        // 834 × 22.8/56.8 = 334.77, × 18/56.8 = 264.30, × 16/56.8 = 234.93: floors 832, the 2 cents left to s3 (.93)
        // and s1 (.77).
        PayoutAllocation allocation = model().allocate(day(1667,
                reading("s1", 450, new Interactions(true, true, false, false), true, false, 0.6),
                reading("s2", 2400, Interactions.NONE, false, false, 0.3),
                reading("s3", 180, ALL, false, true, 0.5),
                reading("s4", 20, ALL, true, true, 1.0)));

        assertEquals(List.of(335L, 264L, 235L), amounts(allocation));
        assertEquals(usd(833), allocation.remainder());
        assertEquals(List.of(22.8, 18.0, 16.0), points(allocation));
        assertEquals(List.of(
                Reason.of("reading-time", "450 seconds of member reading: 7.5 minutes × 1 = 7.5 points"),
                Reason.of("engagement", "The member clapped (1), highlighted (1): 2 engagement points"),
                Reason.of("follower-bonus", "The member followed the writer before reading: points × 2"),
                Reason.of("read-ratio", "Read ratio 60% against a typical 50%: points × 1.2"),
                Reason.of("share", "22.8 of the 56.8 points the member's qualifying reads earned that day")),
                allocation.lines().get(0).reasons());
    }

    private static PartnerProgramPayoutModel model() {
        return model(new PartnerProgramConfig());
    }

    private static PartnerProgramPayoutModel model(PartnerProgramConfig config) {
        return new PartnerProgramPayoutModel(new FixedContext(config));
    }

    private static MemberDay day(long duesCents, StoryReading... readings) {
        return new MemberDay(new UserId("m1"), DAY, usd(duesCents), List.of(readings));
    }

    /** A plain read: no interactions, no follow, no Boost, a typical read ratio (factor 1). */
    private static StoryReading reading(String story, long seconds) {
        return reading(story, seconds, Interactions.NONE, false, false, 0.5);
    }

    private static StoryReading reading(String story, long seconds, Interactions interactions, boolean follows,
                                        boolean boosted, double readRatio) {
        return new StoryReading(new StoryId(story), new UserId("writer-" + story), null, seconds, interactions,
                follows, boosted, readRatio);
    }

    private static List<Long> amounts(PayoutAllocation allocation) {
        return allocation.lines().stream().map(line -> line.amount().minor()).toList();
    }

    private static List<Double> points(PayoutAllocation allocation) {
        return allocation.lines().stream().map(PayoutLine::points).toList();
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }
}
