package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.UserId;
import org.masthead.api.payout.Money;
import org.masthead.api.payout.PayoutAllocation;
import org.masthead.api.payout.PayoutLine;

/** The day's ledger and the pro-rata remainder rule, in cents. */
class DayLedgerTest {
    private static final Map<String, MemberDays.Story> STORIES = Map.of(
            "s1", new MemberDays.Story(1, 10, 4, 2), "s2", new MemberDays.Story(2, 20, 1, 1),
            "s3", new MemberDays.Story(3, 30, 1, 1));

    /**
     * Ann's 100 cents paid s1 30 and s2 20 (the platform kept 50); Bo's 100 cents earned nothing (he read under 30
     * s); Cy's 7 cents paid s3 3. With half of unread dues shared, Bo's 100 gives 50 over 30:20:3: exact shares
     * 28.30, 18.87, 2.83, floors 28, 18, 2 and the two cents left go to the largest fractions (s2 .87, s3 .83).
     */
    @Test
    void proRataSharesUnreadDuesByWhatEachStoryEarnedThatDay() {
        DayLedger ledger = new DayLedger();
        ledger.add(usd(100), allocation(50, line("s1", 30), line("s2", 20)), STORIES);
        ledger.add(usd(100), allocation(100), STORIES);
        ledger.add(usd(7), allocation(4, line("s3", 3)), STORIES);
        ledger.shareUnread(0.5);

        assertEquals(58, ledger.lines().get("1:USD").amount);
        assertEquals(39, ledger.lines().get("2:USD").amount);
        assertEquals(6, ledger.lines().get("3:USD").amount);
        DayLedger.Remainder remainder = ledger.remainders().get("USD");
        assertEquals(207, remainder.dues);
        assertEquals(104, remainder.amount);
        assertEquals(207, 58 + 39 + 6 + remainder.amount, "the dues, exactly");
        assertTrue(remainder.reasons.containsKey(DayLedger.PRO_RATA));
        assertTrue(ledger.lines().get("1:USD").reasons.get(DayLedger.PRO_RATA).example().startsWith("0.50 USD of"));
    }

    @Test
    void thePlatformRuleAndADayWithoutEarningsKeepEverything() {
        DayLedger platform = new DayLedger();
        platform.add(usd(100), allocation(50, line("s1", 50)), STORIES);
        platform.add(usd(100), allocation(100), STORIES);
        platform.shareUnread(0);
        assertEquals(50, platform.lines().get("1:USD").amount);
        assertEquals(150, platform.remainders().get("USD").amount);

        DayLedger nobodyEarned = new DayLedger();
        nobodyEarned.add(usd(100), allocation(100), STORIES);
        nobodyEarned.shareUnread(1);
        assertEquals(100, nobodyEarned.remainders().get("USD").amount);
    }

    private static Money usd(long cents) {
        return Money.of(cents, "USD");
    }

    private static PayoutLine line(String story, long cents) {
        return new PayoutLine(new StoryId(story), new UserId("w-" + story), usd(cents), 60, 1, Map.of(),
                List.of(Reason.of("reading-time", "read")));
    }

    private static PayoutAllocation allocation(long remainder, PayoutLine... lines) {
        return new PayoutAllocation(List.of(lines), usd(remainder), Reason.of("platform-share", "kept"));
    }
}
