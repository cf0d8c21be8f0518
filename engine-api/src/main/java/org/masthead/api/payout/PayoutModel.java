package org.masthead.api.payout;

import org.apiguardian.api.API;
import org.masthead.api.plugin.Dispatch;
import org.pf4j.ExtensionPoint;

/**
 * Splits one member's dues for one day across the stories that member read that day.
 *
 * <p><b>When:</b> by the daily payout job, once per member who had dues that day (and by payout simulations over
 * past periods, which write nothing). The engine aggregates the day's reading ledger with SQL and streams members
 * through the model one at a time, so a model never holds a whole day in memory.
 *
 * <p><b>Contract:</b> the lines plus the remainder add up to {@link MemberDay#dues()} exactly, no amount is
 * negative, every line names a story the member read, and the same input always gives the same output. The engine
 * checks this; a model that breaks it fails the run for that day (payouts fail closed: nothing is paid from a wrong
 * split) and the admin sees why.
 *
 * <p><b>Threading:</b> may be called from several threads; keep no mutable state. <b>Construction:</b> a public
 * no-argument constructor, or one taking a {@link org.masthead.api.plugin.PluginContext}. <b>Nullness:</b> never
 * returns {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Dispatch(value = Dispatch.Mode.ONE_ACTIVE, budgetMillis = 1000)
public interface PayoutModel extends ExtensionPoint {

    /** Allocates the member's dues for the day. */
    PayoutAllocation allocate(MemberDay memberDay);
}
