package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A balance is paid whole once it reaches the minimum, and carried over whole until then. */
class StatementTest {

    @Test
    void underTheMinimumTheBalanceIsCarriedOverUntilItReachesIt() {
        Statement march = Statement.of("CHF", 1_800, 0, 0, 2_500);
        assertEquals(new Statement("CHF", 1_800, 0, 0, 2_500, 0, 1_800), march);
        Statement april = Statement.of("CHF", 700, 0, march.carriedOut(), 2_500);
        assertEquals(new Statement("CHF", 700, 0, 1_800, 2_500, 2_500, 0), april);
    }

    @Test
    void withoutAMinimumAnyPositiveBalanceIsPaid() {
        assertEquals(1, Statement.of("USD", 1, 0, 0, 0).payable());
        assertEquals(0, Statement.of("USD", 0, 0, 0, 0).payable());
    }

    @Test
    void aRefundAdjustmentLargerThanTheEarningsIsCarriedAsANegativeBalance() {
        Statement april = Statement.of("EUR", 120, -500, 0, 100);
        assertEquals(new Statement("EUR", 120, -500, 0, 100, 0, -380), april);
        Statement may = Statement.of("EUR", 600, 0, april.carriedOut(), 100);
        assertEquals(new Statement("EUR", 600, 0, -380, 100, 220, 0), may);
    }
}
