package org.masthead.plugins.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.masthead.api.content.UserId;
import org.masthead.api.plugin.ConfiguredBy;
import org.masthead.api.plugin.PluginContext;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.pf4j.Extension;

/**
 * The default feed ranker, after Medium's distribution: the tiers decide who may see a story, engagement quality
 * (not volume), the reader's follows and topics, Boost and recency decide its score, small writers with readers who
 * stay get a floor, and no writer takes more than a few places of a page. docs/ranking.md has the formula; the
 * weights are {@link MediumRankingConfig}, read on every call so an admin's change applies on the next request.
 */
@Extension
@ConfiguredBy(MediumRankingConfig.class)
public class MediumFeedRanker implements FeedRanker {

    private final PluginContext context;

    public MediumFeedRanker(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public RankedFeed rank(RankingRequest request) {
        MediumRankingConfig config = context.config(MediumRankingConfig.class);
        StoryScorer scorer = new StoryScorer(config, request);
        Surface.Kind kind = request.surface().kind();
        List<StoryScorer.Scored> ordered = request.candidates().stream()
                .map(scorer::score)
                .flatMap(Optional::stream)
                .filter(scored -> kind != Surface.Kind.DIGEST || scored.score() >= config.digestMinScore())
                .sorted(order(kind, request.seed()))
                .toList();
        int perAuthor = kind == Surface.Kind.MORE_FROM_AUTHOR ? Integer.MAX_VALUE : config.maxPerAuthor();
        Map<UserId, Integer> shown = new HashMap<>();
        List<RankedItem> items = new ArrayList<>();
        for (StoryScorer.Scored scored : ordered) {
            if (items.size() == request.limit()) {
                break;
            }
            int count = shown.merge(scored.candidate().story().author(), 1, Integer::sum);
            if (count <= perAuthor) {
                items.add(new RankedItem(scored.candidate().story().id(), scored.score(), scored.reasons(),
                        scored.breakdown()));
            }
        }
        return new RankedFeed(items);
    }

    /**
     * Best score first (newest first on a tag's latest page); the seed only orders exact ties, and the story id
     * those the seed cannot tell apart, so the order is total and the same for the same request.
     */
    private static Comparator<StoryScorer.Scored> order(Surface.Kind kind, long seed) {
        Comparator<StoryScorer.Scored> primary = kind == Surface.Kind.TAG_LATEST
                ? Comparator.comparing((StoryScorer.Scored s) -> s.candidate().story().publishedAt()).reversed()
                : Comparator.comparingDouble((StoryScorer.Scored s) -> s.score()).reversed();
        return primary
                .thenComparingLong(s -> tieBreak(seed, s.candidate().story().id().value()))
                .thenComparing(s -> s.candidate().story().id().value());
    }

    /** A well-mixed number from the seed and the story id (SplitMix64's finalizer). */
    private static long tieBreak(long seed, String storyId) {
        long z = seed ^ (storyId.hashCode() * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
