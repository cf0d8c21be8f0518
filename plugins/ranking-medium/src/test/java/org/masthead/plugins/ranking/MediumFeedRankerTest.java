package org.masthead.plugins.ranking;

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

class MediumFeedRankerTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final MediumFeedRanker ranker = new MediumFeedRanker();

    @Test
    void ordersNewestFirstBreaksTiesByIdAndTrimsToTheLimit() {
        RankedFeed feed = ranker.rank(request(4,
                candidate("a1", NOW.minus(Duration.ofDays(2)), Candidate.Source.LATEST),
                candidate("c3", NOW.minus(Duration.ofHours(3)), Candidate.Source.LATEST),
                candidate("b2", NOW.minus(Duration.ofHours(3)), Candidate.Source.LATEST),
                candidate("d4", NOW.minus(Duration.ofMinutes(5)), Candidate.Source.LATEST),
                candidate("e5", NOW.minus(Duration.ofDays(30)), Candidate.Source.LATEST)));

        assertEquals(List.of("d4", "b2", "c3", "a1"), ids(feed));
        assertEquals(List.of(1748779200.0 - 300, 1748779200.0 - 10800, 1748779200.0 - 10800, 1748779200.0 - 172800),
                feed.items().stream().map(RankedItem::score).toList());
    }

    @Test
    void explainsEachItemByItsAgeOrByTheFollowedWriter() {
        RankedFeed feed = ranker.rank(request(10,
                candidate("aa", NOW.minus(Duration.ofHours(3)), Candidate.Source.TOPIC_AFFINITY),
                candidate("bb", NOW.minus(Duration.ofHours(5)), Candidate.Source.FOLLOWED_WRITER,
                        Candidate.Source.FOLLOWED_TAG)));

        assertEquals(List.of(Reason.of("newest", "Published 3 hours ago")), feed.items().get(0).reasons());
        assertEquals(List.of(Reason.of("newest", "New from a writer you follow")), feed.items().get(1).reasons());
        assertEquals(Map.of(), feed.items().get(0).scoreBreakdown());
    }

    @Test
    void aZeroLimitOrNoCandidatesGiveAnEmptyFeed() {
        assertTrue(ranker.rank(request(0, candidate("aa", NOW, Candidate.Source.LATEST))).items().isEmpty());
        assertTrue(ranker.rank(request(10)).items().isEmpty());
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
        assertEquals(expected, MediumFeedRanker.age(NOW.minusSeconds(secondsAgo), NOW));
    }

    private static RankingRequest request(int limit, Candidate... candidates) {
        return new RankingRequest(Surface.of(Surface.Kind.FOLLOWING), Viewer.anonymous(), List.of(candidates), limit,
                NOW, 42);
    }

    private static Candidate candidate(String id, Instant publishedAt, Candidate.Source... sources) {
        StorySummary story = new StorySummary(new StoryId(id), new UserId("writer-" + id), null, "Story " + id,
                List.of(), publishedAt, false, DistributionTier.GENERAL);
        return new Candidate(story, Engagement.NONE, Set.of(sources));
    }

    private static List<String> ids(RankedFeed feed) {
        return feed.items().stream().map(item -> item.story().value()).toList();
    }
}
