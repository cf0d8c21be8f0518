package org.masthead.api.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static List<Long> minors(List<Money> parts) {
        return parts.stream().map(Money::minor).toList();
    }

    @Test
    void splitsEvenlyWhenItDivides() {
        assertEquals(List.of(50L, 50L), minors(Money.of(100, "USD").split(1, 1)));
    }

    @Test
    void leftoverCentsGoToLargestRemainders() {
        // 100 * 1/3 = 33.33 each; one cent left over, tie broken towards the first part.
        assertEquals(List.of(34L, 33L, 33L), minors(Money.of(100, "USD").split(1, 1, 1)));
        // 10 split 0.55 / 0.45: exact shares 5.5 and 4.5, tie goes to the lower index.
        assertEquals(List.of(6L, 4L), minors(Money.of(10, "EUR").split(0.55, 0.45)));
        // 7 split 1:2:4 is exact.
        assertEquals(List.of(1L, 2L, 4L), minors(Money.of(7, "EUR").split(1, 2, 4)));
        // 5 cents over 3 parts weighted 2:2:1: shares 2, 2, 1.
        assertEquals(List.of(2L, 2L, 1L), minors(Money.of(5, "EUR").split(2, 2, 1)));
        // 1 cent over 3 equal parts: only the first gets it.
        assertEquals(List.of(1L, 0L, 0L), minors(Money.of(1, "EUR").split(1, 1, 1)));
    }

    @Test
    void partsAlwaysSumToTheWhole() {
        Random random = new Random(42);
        for (int run = 0; run < 2_000; run++) {
            long amount = random.nextInt(1_000_000);
            double[] weights = new double[1 + random.nextInt(20)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1000;
            }
            weights[0] += 0.5;
            long sum = Money.of(amount, "USD").split(weights).stream().mapToLong(Money::minor).sum();
            assertEquals(amount, sum);
        }
    }

    @Test
    void refusesBadWeights() {
        Money money = Money.of(100, "USD");
        assertThrows(IllegalArgumentException.class, money::split);
        assertThrows(IllegalArgumentException.class, () -> money.split(0, 0));
        assertThrows(IllegalArgumentException.class, () -> money.split(1, -1));
        assertThrows(IllegalArgumentException.class, () -> money.split(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Money.of(-1, "USD").split(1));
    }

    @Test
    void arithmeticChecksCurrency() {
        assertEquals(Money.of(150, "USD"), Money.of(100, "USD").plus(Money.of(50, "USD")));
        assertThrows(IllegalArgumentException.class, () -> Money.of(1, "USD").plus(Money.of(1, "EUR")));
        assertEquals("1.50 USD", Money.of(150, "USD").toString());
    }
}
