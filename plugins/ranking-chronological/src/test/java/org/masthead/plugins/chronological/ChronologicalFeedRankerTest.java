package org.masthead.plugins.chronological;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StoryId;
import org.masthead.api.content.StorySummary;
import org.masthead.api.content.UserId;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankedItem;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;

class ChronologicalFeedRankerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Engagement POPULAR = new Engagement(10_000, 9_000, 600_000, 900, 9_000, 80, 400);

    private final ChronologicalFeedRanker ranker = new ChronologicalFeedRanker();

    @Test
    void ordersNewestFirstWhateverTheEngagementBreaksTiesByIdAndTrimsToTheLimit() {
        RankedFeed feed = ranker.rank(request(Surface.Kind.FOR_YOU, Viewer.anonymous(), 4,
                candidate("a1", Duration.ofDays(2), DistributionTier.BOOST, POPULAR),
                candidate("c3", Duration.ofHours(3), DistributionTier.GENERAL, Engagement.NONE),
                candidate("b2", Duration.ofHours(3), DistributionTier.GENERAL, POPULAR),
                candidate("d4", Duration.ofMinutes(5), DistributionTier.GENERAL, Engagement.NONE),
                candidate("e5", Duration.ofDays(30), DistributionTier.BOOST, POPULAR)));

        assertEquals(List.of("d4", "b2", "c3", "a1"), ids(feed));
        assertEquals(List.of(1748779200.0 - 300, 1748779200.0 - 10800, 1748779200.0 - 10800, 1748779200.0 - 172800),
                feed.items().stream().map(RankedItem::score).toList());
        assertEquals(List.of(Reason.of("published", "Published 5 minutes ago")), feed.items().get(0).reasons());
        assertEquals(List.of(Reason.of("published", "Published 3 hours ago")), feed.items().get(1).reasons());
        assertEquals(List.of(Reason.of("published", "Published 2 days ago")), feed.items().get(3).reasons());
        assertEquals(Map.of(), feed.items().get(0).scoreBreakdown());
    }

    @Test
    void keepsThePlatformsTierRules() {
        Viewer follower = new Viewer(new UserId("reader"), false, Set.of(new UserId("writer-open")), Set.of(),
                Set.of(), Map.of(), Set.of(), Set.of());
        Candidate[] candidates = {
                candidate("open", Duration.ofHours(1), DistributionTier.OPEN_PLATFORM, Engagement.NONE),
                candidate("network", Duration.ofHours(2), DistributionTier.NETWORK, Engagement.NONE),
                candidate("general", Duration.ofHours(3), DistributionTier.GENERAL, Engagement.NONE)};

        assertEquals(List.of("open", "general"), ids(ranker.rank(request(Surface.Kind.FOLLOWING, follower, 10,
                candidates))));
        assertEquals(List.of("general"), ids(ranker.rank(request(Surface.Kind.FOR_YOU, follower, 10, candidates))));
        assertEquals(List.of("general"), ids(ranker.rank(request(Surface.Kind.HOME, Viewer.anonymous(), 10,
                candidates))));
    }

    @Test
    void aZeroLimitOrNoCandidatesGiveAnEmptyFeed() {
        assertTrue(ranker.rank(request(Surface.Kind.HOME, Viewer.anonymous(), 0,
                candidate("aa", Duration.ZERO, DistributionTier.GENERAL, Engagement.NONE))).items().isEmpty());
        assertTrue(ranker.rank(request(Surface.Kind.HOME, Viewer.anonymous(), 10)).items().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "-60, just now",
            "0, just now",
            "59, just now",
            "60, 1 minute ago",
            "3599, 59 minutes ago",
            "3600, 1 hour ago",
            "86399, 23 hours ago",
            "86400, 1 day ago",
            "259200, 3 days ago"})
    void describesAgeInTheLargestWholeUnit(long secondsAgo, String expected) {
        assertEquals(expected, ChronologicalFeedRanker.age(NOW.minusSeconds(secondsAgo), NOW));
    }

    private static RankingRequest request(Surface.Kind kind, Viewer viewer, int limit, Candidate... candidates) {
        return new RankingRequest(Surface.of(kind), viewer, List.of(candidates), limit, NOW, 42);
    }

    private static Candidate candidate(String id, Duration age, DistributionTier tier, Engagement engagement) {
        StorySummary story = new StorySummary(new StoryId(id), new UserId("writer-" + id), null, "Story " + id,
                List.of(), NOW.minus(age), false, tier);
        return new Candidate(story, engagement, Set.of(Candidate.Source.LATEST), new Candidate.Writer("W " + id, 3));
    }

    private static List<String> ids(RankedFeed feed) {
        return feed.items().stream().map(item -> item.story().value()).toList();
    }
}
