package org.masthead.engine.plugin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;

/** The active {@link FeedRanker}, guarded; falls back to the engine's newest-first candidate order. */
final class GuardedFeedRanker implements FeedRanker {
    private final PluginHost host;
    private final Guard guard;

    GuardedFeedRanker(PluginHost host, Guard guard) {
        this.host = host;
        this.guard = guard;
    }

    @Override
    public RankedFeed rank(RankingRequest request) {
        return guard.call(FeedRanker.class, host.active(FeedRanker.class).orElse(null),
                ranker -> checked(request, ranker.rank(request)), () -> newestFirst(request));
    }

    private static RankedFeed checked(RankingRequest request, RankedFeed feed) {
        if (feed == null) {
            throw new IllegalStateException("contract: rank returned null");
        }
        if (feed.items().size() > request.limit()) {
            throw new IllegalStateException("contract: " + feed.items().size() + " items for a limit of " + request.limit());
        }
        Set<StoryId> offered = new HashSet<>();
        request.candidates().forEach(candidate -> offered.add(candidate.story().id()));
        Set<StoryId> seen = new HashSet<>();
        for (RankedItem item : feed.items()) {
            if (!offered.contains(item.story())) {
                throw new IllegalStateException("contract: story " + item.story() + " was not a candidate");
            }
            if (!seen.add(item.story())) {
                throw new IllegalStateException("contract: story " + item.story() + " ranked twice");
            }
        }
        return feed;
    }

    /** The engine's own order: candidates come newest first, so the fallback only trims and explains. */
    static RankedFeed newestFirst(RankingRequest request) {
        List<Candidate> candidates = request.candidates();
        List<RankedItem> items = candidates.subList(0, Math.min(request.limit(), candidates.size())).stream()
                .map(candidate -> new RankedItem(candidate.story().id(), 0,
                        List.of(Reason.of("latest", "Recently published")), Map.of()))
                .toList();
        return new RankedFeed(items);
    }
}
