package org.masthead.api.payout;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An amount of money in minor units (cents) of one currency. Never a floating-point amount.
 *
 * @param minor    the amount in minor units
 * @param currency its ISO 4217 currency
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Money(long minor, Currency currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** {@code minor} units of the currency with ISO code {@code currencyCode}. */
    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    /** Zero of {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** The sum; both amounts must be in the same currency. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** The difference; both amounts must be in the same currency. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** Whether this is less than zero. */
    public boolean isNegative() {
        return minor < 0;
    }

    /**
     * Splits this amount in proportion to {@code weights} by largest-remainder rounding: each part gets the floor
     * of its exact share, and the minor units left over go one each to the parts with the largest fractional
     * remainders (ties to the lower index). The parts always add up to this amount exactly, and the same
     * weights always give the same parts.
     *
     * @param weights one non-negative finite weight per part, not all zero
     * @return the parts, in the order of the weights
     * @throws IllegalArgumentException if the weights are empty, negative, not finite or all zero, or this
     *                                  amount is negative
     */
    public List<Money> split(double... weights) {
        if (minor < 0) {
            throw new IllegalArgumentException("cannot split a negative amount");
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights to split by");
        }
        BigDecimal[] exact = new BigDecimal[weights.length];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " is not a non-negative number: " + weights[i]);
            }
            exact[i] = new BigDecimal(weights[i]);
            total = total.add(exact[i]);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights are all zero");
        }
        BigDecimal amount = BigDecimal.valueOf(minor);
        long[] parts = new long[weights.length];
        BigDecimal[] remainders = new BigDecimal[weights.length];
        long handedOut = 0;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal[] qr = amount.multiply(exact[i]).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            handedOut += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        long left = BigInteger.valueOf(minor - handedOut).longValueExact();
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(part, currency));
        }
        return List.copyOf(result);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(minor, Math.max(currency.getDefaultFractionDigits(), 0)).toPlainString() + " "
                + currency.getCurrencyCode();
    }
}
