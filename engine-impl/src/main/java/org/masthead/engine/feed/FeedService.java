package org.masthead.engine.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.api.content.Reason;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;

/** Builds feeds: the engine picks candidates, the active {@link FeedRanker} orders and explains them. */
@ApplicationScoped
public class FeedService {
    private static final int CANDIDATES = 200;

    /**
     * A story in a feed, with why it is there.
     *
     * @param story   the story
     * @param reasons the ranker's reasons
     */
    public record FeedItem(StoryCard story, List<Reason> reasons) {
    }

    private final StoryService stories;
    private final FeedRanker ranker;
    private final Clock clock;

    @Inject
    public FeedService(StoryService stories, FeedRanker ranker, Clock clock) {
        this.stories = stories;
        this.ranker = ranker;
        this.clock = clock;
    }

    /** The logged-out home page: the newest published stories, ranked. */
    public List<FeedItem> home(int limit) {
        Instant now = clock.instant();
        List<StoryCard> latest = stories.latestPublished(CANDIDATES);
        List<Candidate> candidates = latest.stream()
                .map(story -> new Candidate(story.summary(now), Engagement.NONE, Set.of(Candidate.Source.LATEST)))
                .toList();
        long seed = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        RankedFeed feed = ranker.rank(new RankingRequest(Surface.of(Surface.Kind.HOME), Viewer.anonymous(),
                candidates, limit, now, seed));
        Map<String, StoryCard> byId = latest.stream()
                .collect(Collectors.toMap(story -> story.row().publicId(), Function.identity()));
        return feed.items().stream()
                .map(item -> new FeedItem(byId.get(item.story().value()), item.reasons()))
                .toList();
    }
}
