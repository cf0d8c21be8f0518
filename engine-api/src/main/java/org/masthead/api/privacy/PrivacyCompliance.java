package org.masthead.api.privacy;

import org.apiguardian.api.API;
import org.masthead.api.plugin.Dispatch;
import org.pf4j.ExtensionPoint;

/**
 * The privacy rules of the site. The engine owns the data (it declares every table and file store that holds
 * data about a person in a {@link DataMap}) and carries the rules out; the plugin states them.
 *
 * <p><b>When:</b> {@link #policy} when the engine starts, when the plugin is activated or reconfigured, and to
 * render the public privacy page; {@link #planErasure} when an account is closed and when the purge job runs;
 * {@link #consent} whenever the engine is about to do something that may need consent (analytics, a
 * third-party embed, sharing).
 *
 * <p><b>Fails closed:</b> if {@link #consent} throws or runs past its budget, the engine treats it as "no consent".
 * If {@link #policy} or {@link #planErasure} fail, the engine keeps its own conservative defaults (the erasure
 * delay never exceeds 30 days).
 *
 * <p><b>Threading:</b> called concurrently; keep no mutable state. <b>Construction:</b> a public no-argument
 * constructor, or one taking a {@link org.masthead.api.plugin.PluginContext}. <b>Nullness:</b> never returns
 * {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Dispatch(value = Dispatch.Mode.ONE_ACTIVE, budgetMillis = 500)
public interface PrivacyCompliance extends ExtensionPoint {

    /** The purpose, legal basis and retention of every data set the engine declares. */
    PrivacyPolicy policy(DataMap dataMap);

    /** What happens to each data set of a closed account, and when. */
    ErasurePlan planErasure(ErasureRequest request);

    /** Whether the engine may do what the request names for this person now. */
    ConsentDecision consent(ConsentRequest request);
}
