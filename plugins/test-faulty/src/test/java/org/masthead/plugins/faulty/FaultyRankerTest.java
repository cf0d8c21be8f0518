package org.masthead.plugins.faulty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.plugin.PluginContext;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;

class FaultyRankerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final RankingRequest REQUEST = new RankingRequest(Surface.of(Surface.Kind.HOME),
            Viewer.anonymous(), List.of(candidate("a1"), candidate("b2"), candidate("c3")), 2, NOW, 7);

    @Test
    void throwsByDefault() {
        FaultyRanker ranker = ranker(new FaultyConfig());

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ranker.rank(REQUEST));
        assertEquals("deliberately broken", thrown.getMessage());
    }

    @Test
    void okAnswersInReverseOrderTrimmedToTheLimit() {
        Reason ok = Reason.of("faulty.ok", "Reversed on purpose");

        assertEquals(new RankedFeed(List.of(
                new RankedItem(new StoryId("c3"), 2, List.of(ok), Map.of()),
                new RankedItem(new StoryId("b2"), 1, List.of(ok), Map.of()))),
                ranker(new FaultyConfig("OK", 0)).rank(REQUEST));
    }

    @Test
    void sleepStallsThenAnswersInReverseOrder() {
        long start = System.nanoTime();

        RankedFeed feed = ranker(new FaultyConfig("SLEEP", 50)).rank(REQUEST);

        assertTrue(System.nanoTime() - start >= 50_000_000L);
        assertEquals(List.of("c3", "b2"), feed.items().stream().map(item -> item.story().value()).toList());
        assertEquals(List.of(Reason.of("faulty.slow", "Reversed after a deliberate 50 ms delay")),
                feed.items().get(0).reasons());
    }

    @Test
    void anInterruptedSleepFailsAndKeepsTheInterrupt() {
        FaultyRanker ranker = ranker(new FaultyConfig("SLEEP", 60_000));
        Thread.currentThread().interrupt();
        try {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ranker.rank(REQUEST));
            assertInstanceOf(InterruptedException.class, thrown.getCause());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theConfigRejectsUnknownModesAndNegativeSleeps() {
        assertEquals(new FaultyConfig("THROW", 5000), new FaultyConfig());
        assertThrows(IllegalArgumentException.class, () -> new FaultyConfig("ok", 0));
        assertThrows(IllegalArgumentException.class, () -> new FaultyConfig(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new FaultyConfig("SLEEP", -1));
    }

    private static FaultyRanker ranker(FaultyConfig config) {
        return new FaultyRanker(new FixedContext(config));
    }

    private static Candidate candidate(String id) {
        return new Candidate(new StorySummary(new StoryId(id), new UserId("writer1"), null, "Story " + id, List.of(),
                NOW, false, DistributionTier.GENERAL), Engagement.NONE, Set.of(Candidate.Source.LATEST),
                new Candidate.Writer("Writer One", 0));
    }

    /** A context that always answers with one configuration. */
    private record FixedContext(FaultyConfig current) implements PluginContext {
        @Override
        public String pluginId() {
            return "test-faulty";
        }

        @Override
        public <C extends Record> C config(Class<C> type) {
            return type.cast(current);
        }
    }
}
