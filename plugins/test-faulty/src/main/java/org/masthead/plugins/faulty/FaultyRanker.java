package org.masthead.plugins.faulty;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.masthead.api.content.Reason;
import org.masthead.api.plugin.ConfiguredBy;
import org.masthead.api.plugin.PluginContext;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.pf4j.Extension;

/**
 * A feed ranker that fails on demand: it throws, stalls, or answers in reverse order (a valid answer that differs
 * from the engine's newest-first fallback, so a test can tell who answered). The mode is read on every call, so a
 * test can switch it without reloading the plugin.
 */
@Extension
@ConfiguredBy(FaultyConfig.class)
public class FaultyRanker implements FeedRanker {

    private final PluginContext context;

    public FaultyRanker(PluginContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public RankedFeed rank(RankingRequest request) {
        FaultyConfig config = context.config(FaultyConfig.class);
        if (config.mode().equals("THROW")) {
            throw new IllegalStateException("deliberately broken");
        }
        if (config.mode().equals("SLEEP")) {
            sleep(config.sleepMillis());
            return reversed(request, Reason.of("faulty.slow",
                    "Reversed after a deliberate " + config.sleepMillis() + " ms delay"));
        }
        return reversed(request, Reason.of("faulty.ok", "Reversed on purpose"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // The guard gave up on this call: keep the interrupt for the caller and stop here.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deliberately slow", e);
        }
    }

    private static RankedFeed reversed(RankingRequest request, Reason reason) {
        List<Candidate> candidates = request.candidates();
        int count = Math.min(request.limit(), candidates.size());
        return new RankedFeed(IntStream.range(0, count)
                .mapToObj(i -> new RankedItem(candidates.get(candidates.size() - 1 - i).story().id(), count - i,
                        List.of(reason), Map.of()))
                .toList());
    }
}
