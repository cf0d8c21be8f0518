/**
 * Payouts: the daily run that streams each member's day of reading through the active
 * {@link org.masthead.api.payout.PayoutModel} into the append-only earnings ledger, writers' earnings, the admin's
 * totals, and simulations of any installed model over past days.
 */
package org.masthead.engine.payout;
