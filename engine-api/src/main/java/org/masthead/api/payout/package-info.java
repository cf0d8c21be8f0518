/** Payouts: a member's daily dues split across the stories they read, exactly to the minor unit. */
package org.masthead.api.payout;
