package org.masthead.engine.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A period's price spread over its days, exactly. */
class DuesTest {
    private static final int MARCH_2 = (int) LocalDate.parse("2026-03-02").toEpochDay();

    @Test
    void aMonthOfThirtyOneDaysGivesItsLeftoverCentsToTheFirstDays() {
        int end = (int) Period.MONTHLY.end(LocalDate.parse("2026-03-02")).toEpochDay();
        assertEquals(31, end - MARCH_2);
        assertEquals(17, MembershipService.duesOfDay(500, MARCH_2, end, MARCH_2));
        assertEquals(17, MembershipService.duesOfDay(500, MARCH_2, end, MARCH_2 + 3));
        assertEquals(16, MembershipService.duesOfDay(500, MARCH_2, end, MARCH_2 + 4));
        assertEquals(0, MembershipService.duesOfDay(500, MARCH_2, end, end));
        assertEquals(500, IntStream.range(MARCH_2 - 3, end + 3)
                .mapToLong(day -> MembershipService.duesOfDay(500, MARCH_2, end, day)).sum());
    }

    @Test
    void aYearOf36500CentsIsAHundredADay() {
        int end = (int) Period.YEARLY.end(LocalDate.parse("2026-03-02")).toEpochDay();
        assertEquals(365, end - MARCH_2);
        assertEquals(100, MembershipService.duesOfDay(36_500, MARCH_2, end, MARCH_2 + 200));
    }
}
