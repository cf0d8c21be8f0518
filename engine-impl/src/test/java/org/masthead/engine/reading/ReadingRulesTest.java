package org.masthead.engine.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.masthead.engine.reading.ReadingRules.Credit;
import org.masthead.engine.reading.ReadingRules.Fold;

class ReadingRulesTest {
    private static final Instant ISSUED = Instant.parse("2024-03-01T10:00:00Z");
    private static final int CAP = 3_600;

    private static Credit credit(Credit before, int reported, int secondsAfterIssue) {
        return ReadingRules.credit(before, reported, CAP, ISSUED, ISSUED.plusSeconds(secondsAfterIssue));
    }

    @Test
    void theCapIsTheStoryReadAtFiftyWordsAMinutePlusTwoMinutes() {
        assertEquals(120, ReadingRules.capSeconds(0));
        assertEquals(360, ReadingRules.capSeconds(200));
        assertEquals(362, ReadingRules.capSeconds(201));
        assertEquals(2_520, ReadingRules.capSeconds(2_000));
    }

    @Test
    void heartbeatsAddWhatThePageReports() {
        Credit first = credit(Credit.NONE, 0, 0);
        assertEquals(Credit.NONE, first);
        Credit ten = credit(first, 10, 10);
        assertEquals(new Credit(10, 10), ten);
        Credit twentyNine = credit(ten, 29, 31);
        assertEquals(new Credit(29, 29), twentyNine);
    }

    @Test
    void aRepeatedOrLateBeaconChangesNothing() {
        Credit twenty = new Credit(20, 20);
        assertEquals(twenty, credit(twenty, 20, 60));
        assertEquals(twenty, credit(twenty, 12, 60));
    }

    @Test
    void oneBeaconAddsAtMostThirtySeconds() {
        assertEquals(new Credit(1_000, 30), credit(Credit.NONE, 1_000, 40));
        // What the page claimed beyond that is gone: the next beacon adds only its own increase.
        assertEquals(new Credit(1_010, 40), credit(new Credit(1_000, 30), 1_010, 50));
        assertEquals(new Credit(45, 30), credit(new Credit(10, 0), 45, 100));
    }

    @Test
    void neverMoreThanTheWallClockSinceTheTokenWasIssued() {
        assertEquals(new Credit(20, 5), credit(Credit.NONE, 20, 5));
        // The 15 seconds claimed ahead of the clock are not credited later either.
        assertEquals(new Credit(40, 25), credit(new Credit(20, 5), 40, 30));
        // A token from a node whose clock runs ahead: no time has passed yet.
        assertEquals(new Credit(10, 0), ReadingRules.credit(Credit.NONE, 10, CAP, ISSUED, ISSUED.minusSeconds(20)));
    }

    @Test
    void neverMoreThanTheStorysCapAndNeverLess() {
        assertEquals(new Credit(150, 132), ReadingRules.credit(new Credit(120, 120), 150, 132, ISSUED,
                ISSUED.plusSeconds(1_000)));
        assertEquals(new Credit(160, 132), ReadingRules.credit(new Credit(150, 132), 160, 132, ISSUED,
                ISSUED.plusSeconds(1_010)));
    }

    @Test
    void aReadIsThirtySecondsOrMore() {
        assertFalse(ReadingRules.isRead(29));
        assertTrue(ReadingRules.isRead(30));
    }

    @Test
    void tokensLiveSixHoursAndMayComeAMinuteEarly() {
        assertTrue(ReadingRules.isLive(ISSUED, ISSUED));
        assertTrue(ReadingRules.isLive(ISSUED, ISSUED.plus(Duration.ofHours(6))));
        assertFalse(ReadingRules.isLive(ISSUED, ISSUED.plus(Duration.ofHours(6)).plusMillis(1)));
        assertTrue(ReadingRules.isLive(ISSUED.plusSeconds(60), ISSUED));
        assertFalse(ReadingRules.isLive(ISSUED.plusSeconds(61), ISSUED));
    }

    @Test
    void daysAreUtcDaysSinceTheEpoch() {
        assertEquals(0, ReadingRules.day(Instant.parse("1970-01-01T23:59:59.999Z")));
        assertEquals(1, ReadingRules.day(Instant.parse("1970-01-02T00:00:00Z")));
        assertEquals(19_783, ReadingRules.day(Instant.parse("2024-03-01T10:00:00Z")));
    }

    @Test
    void aViewWithinTheWindowOfACountedOneEitherWayIsARepeat() {
        ReadingRules rules = new ReadingRules(Duration.ofMinutes(30));
        assertTrue(rules.isRepeat(ISSUED, ISSUED));
        assertTrue(rules.isRepeat(ISSUED, ISSUED.plus(Duration.ofMinutes(30)).minusMillis(1)));
        assertFalse(rules.isRepeat(ISSUED, ISSUED.plus(Duration.ofMinutes(30))));
        assertTrue(rules.isRepeat(ISSUED, ISSUED.minus(Duration.ofMinutes(29))));
        assertFalse(rules.isRepeat(ISSUED, ISSUED.minus(Duration.ofMinutes(31))));
        assertFalse(new ReadingRules(Duration.ZERO).isRepeat(ISSUED, ISSUED));
    }

    private static ReadingMapper.ViewRow view(int reading, int folded, Integer counted, boolean read) {
        return new ReadingMapper.ViewRow(1, 2, "u3", 3L, false, "home", "", 19_783, ISSUED, reading, reading, CAP,
                counted, read, folded);
    }

    @Test
    void theFirstFoldCountsTheViewUnlessItIsARepeat() {
        assertEquals(new Fold(true, false, true, 10), ReadingRules.fold(view(10, 0, null, false), false, null));
        assertEquals(new Fold(false, false, false, 10), ReadingRules.fold(view(10, 0, null, false), true,
                new ReadingMapper.ReaderDay(false, false)));
        assertEquals(new Fold(false, false, false, 5), ReadingRules.fold(view(15, 10, 1, false), false,
                new ReadingMapper.ReaderDay(false, false)));
    }

    @Test
    void aReadCountsOncePerReaderStoryAndDay() {
        assertEquals(new Fold(false, false, false, 19), ReadingRules.fold(view(29, 10, 1, false), false,
                new ReadingMapper.ReaderDay(false, false)));
        assertEquals(new Fold(false, true, false, 20), ReadingRules.fold(view(30, 10, 1, false), false,
                new ReadingMapper.ReaderDay(false, false)));
        // Read already by this view, or by another view of the same reader that day.
        assertEquals(new Fold(false, false, false, 10), ReadingRules.fold(view(40, 30, 1, true), false,
                new ReadingMapper.ReaderDay(false, true)));
        assertEquals(new Fold(true, false, false, 35), ReadingRules.fold(view(35, 0, null, false), false,
                new ReadingMapper.ReaderDay(false, true)));
        assertTrue(ReadingRules.foldsAsRead(view(35, 0, null, false)));
        assertFalse(ReadingRules.foldsAsRead(view(29, 0, null, false)));
    }

    @Test
    void tallyAddsMembersSeparately() {
        Fold fold = new Fold(true, true, true, 42);
        assertEquals(new Tally(0, 1, 1, 1, 1, 1, 42, 42), Tally.of(fold, true));
        assertEquals(new Tally(0, 1, 1, 1, 0, 0, 42, 0), Tally.of(fold, false));
        assertEquals(new Tally(1, 1, 1, 1, 0, 0, 42, 0), Tally.of(fold, false).plus(Tally.presentation()));
    }
}
