package org.masthead.api.curation;

import org.apiguardian.api.API;
import org.masthead.api.plugin.Dispatch;
import org.pf4j.ExtensionPoint;

/**
 * Decides a story's curation status whenever something happens to it: first publish (the automatic
 * Distribution Standards check), a curator's review, the review window running out, a Boost nomination, an
 * author's appeal.
 *
 * <p><b>When:</b> once per {@link CurationEvent}, inside the transaction that records it; the engine stores the
 * decision, its timestamps and its reasons in an append-only audit trail.
 *
 * <p><b>Fails closed:</b> when the active policy throws or runs past its budget, the engine records
 * {@link CurationDecision#retryLater} ("not yet eligible") and retries later.
 * An error never distributes a story.
 *
 * <p><b>Threading:</b> called concurrently; keep no mutable state. <b>Construction:</b> a public no-argument
 * constructor, or one taking a {@link org.masthead.api.plugin.PluginContext}. <b>Nullness:</b> never returns
 * {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Dispatch(value = Dispatch.Mode.ONE_ACTIVE, budgetMillis = 1000)
public interface CurationPolicy extends ExtensionPoint {

    /** Decides what the event means for the story. */
    CurationDecision decide(CurationRequest request);
}
