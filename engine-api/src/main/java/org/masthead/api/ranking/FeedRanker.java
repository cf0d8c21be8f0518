package org.masthead.api.ranking;

import org.apiguardian.api.API;
import org.masthead.api.plugin.Dispatch;
import org.pf4j.ExtensionPoint;

/**
 * Orders candidate stories for one viewer on one surface (Following, For You, a tag page, the home page,
 * "More from", recommendations, a digest).
 *
 * <p><b>When:</b> on every feed request and digest build; the engine has already chosen the candidates with
 * indexed queries and removed what must never show (muted and blocked writers, unpublished stories, stories
 * curation keeps off this surface). The ranker orders, trims to {@link RankingRequest#limit()} and explains.
 *
 * <p><b>Contract:</b> return only candidates' ids, each at most once, at most {@code limit} of them, each with at
 * least one reason. The engine checks this; a result that breaks it counts as a failure and the engine serves its
 * own newest-first order instead. Be deterministic: time comes in as {@link RankingRequest#now()}, randomness from
 * {@link RankingRequest#seed()}.
 *
 * <p><b>Threading:</b> called concurrently from many request threads; keep no mutable state.
 * <b>Construction:</b> a public no-argument constructor, or one taking a
 * {@link org.masthead.api.plugin.PluginContext}. <b>Nullness:</b> never returns {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Dispatch(value = Dispatch.Mode.ONE_ACTIVE, budgetMillis = 200)
public interface FeedRanker extends ExtensionPoint {

    /** Orders the request's candidates. */
    RankedFeed rank(RankingRequest request);
}
