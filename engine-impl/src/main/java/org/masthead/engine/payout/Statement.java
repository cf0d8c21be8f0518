package org.masthead.engine.payout;

/**
 * One writer's statement in one currency for one payout run, in minor units.
 *
 * @param earned     the ledger since the last run
 * @param adjusted   refund adjustments recorded since the last run (negative)
 * @param carriedIn  the balance the last run carried out (unpaid earnings, or a negative balance to work off)
 * @param minimum    the currency's minimum payout when the run was made
 * @param payable    what this run pays: the balance when it is positive and reaches the minimum, otherwise 0
 * @param carriedOut what the next run carries in: the balance not paid
 */
public record Statement(String currency, long earned, long adjusted, long carriedIn, long minimum, long payable,
                        long carriedOut) {

    /** The statement of a balance: paid in full once it reaches {@code minimum}, carried over whole until then. */
    public static Statement of(String currency, long earned, long adjusted, long carriedIn, long minimum) {
        long balance = Math.addExact(Math.addExact(earned, adjusted), carriedIn);
        long payable = balance > 0 && balance >= minimum ? balance : 0;
        return new Statement(currency, earned, adjusted, carriedIn, minimum, payable, balance - payable);
    }
}
