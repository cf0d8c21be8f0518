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
import org.masthead.api.content.DistributionTier;
import org.masthead.api.content.Reason;
import org.masthead.api.content.UserId;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;
import org.masthead.engine.account.CurrentUser;
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
        return rank(Surface.of(Surface.Kind.HOME), null, stories.latestPublished(CANDIDATES), Candidate.Source.LATEST,
                limit);
    }

    /** The Following tab: stories from the writers, publications and tags {@code reader} follows. */
    public List<FeedItem> following(CurrentUser reader, int limit) {
        return rank(Surface.of(Surface.Kind.FOLLOWING), reader, stories.publishedFollowedBy(reader.id(), CANDIDATES),
                Candidate.Source.FOLLOWED_WRITER, limit);
    }

    /** "More from {author}" under a story: the writer's other stories. */
    public List<FeedItem> moreFromAuthor(StoryCard story, long authorId, CurrentUser reader, int limit) {
        return rank(new Surface(Surface.Kind.MORE_FROM_AUTHOR, story.row().authorPublicId()), reader,
                without(story, stories.publishedBy(authorId, CANDIDATES)), Candidate.Source.SAME_AUTHOR, limit);
    }

    /** "More from {publication}" under a story: the publication's other stories. */
    public List<FeedItem> moreFromPublication(StoryCard story, long publicationId, CurrentUser reader, int limit) {
        return rank(new Surface(Surface.Kind.MORE_FROM_PUBLICATION, story.row().publicationPublicId()), reader,
                without(story, stories.publishedIn(publicationId, CANDIDATES)), Candidate.Source.SAME_PUBLICATION,
                limit);
    }

    /** A tag page: its top stories as ranked, or its latest, newest first. */
    public List<FeedItem> tag(String tag, boolean top, CurrentUser reader, int limit) {
        List<StoryCard> tagged = stories.publishedWithTag(tag, CANDIDATES);
        if (!top) {
            // Latest skips the ranker, not the tier rules: stories kept to their writer's network stay off it.
            Instant now = clock.instant();
            return tagged.stream().filter(story -> story.summary(now).tier() != DistributionTier.NETWORK)
                    .limit(limit).map(story -> new FeedItem(story, List.of())).toList();
        }
        return rank(new Surface(Surface.Kind.TAG_TOP, tag), reader, tagged, Candidate.Source.SAME_TAG, limit);
    }

    private static List<StoryCard> without(StoryCard story, List<StoryCard> cards) {
        return cards.stream().filter(card -> card.row().id() != story.row().id()).toList();
    }

    private List<FeedItem> rank(Surface surface, CurrentUser reader, List<StoryCard> cards, Candidate.Source source,
                                int limit) {
        if (cards.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Candidate> candidates = cards.stream()
                .map(story -> new Candidate(story.summary(now), Engagement.NONE, Set.of(source),
                        new Candidate.Writer(story.row().authorName(), 0)))
                .toList();
        long seed = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        Viewer viewer = reader == null ? Viewer.anonymous()
                : new Viewer(new UserId(reader.publicId()), false, Set.of(), Set.of(), Set.of(), Map.of(), Set.of(),
                        Set.of());
        RankedFeed feed = ranker.rank(new RankingRequest(surface, viewer, candidates, limit, now, seed));
        Map<String, StoryCard> byId = cards.stream()
                .collect(Collectors.toMap(story -> story.row().publicId(), Function.identity()));
        return feed.items().stream()
                .filter(item -> byId.containsKey(item.story().value()))
                .map(item -> new FeedItem(byId.get(item.story().value()), item.reasons()))
                .toList();
    }
}
