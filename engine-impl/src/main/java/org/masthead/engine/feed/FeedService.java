package org.masthead.engine.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masthead.api.content.Reason;
import org.masthead.api.content.StorySummary;
import org.masthead.api.ranking.Candidate;
import org.masthead.api.ranking.Engagement;
import org.masthead.api.ranking.FeedRanker;
import org.masthead.api.ranking.RankedFeed;
import org.masthead.api.ranking.RankingRequest;
import org.masthead.api.ranking.Surface;
import org.masthead.api.ranking.Viewer;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;

/**
 * Builds feeds: the engine picks candidates with indexed queries, keeps out what the reader muted, blocked or
 * already read, attaches each candidate's engagement, and the active {@link FeedRanker} orders and explains them.
 */
@ApplicationScoped
public class FeedService {
    private static final int CANDIDATES = 200;
    private static final int TOPIC_CANDIDATES = 150;
    private static final int BOOSTED_CANDIDATES = 50;
    /** Lists of a few stories under a story page choose among this many. */
    private static final int RELATED_CANDIDATES = 30;
    /** For You looks for stories in this many of the reader's strongest interests. */
    private static final int INTERESTS = 5;

    /**
     * A story in a feed, with why it is there.
     *
     * @param story   the story
     * @param reasons the ranker's reasons
     */
    public record FeedItem(StoryCard story, List<Reason> reasons) {
    }

    private final StoryService stories;
    private final Readers readers;
    private final FeedMapper feeds;
    private final FeedRanker ranker;
    private final Clock clock;

    @Inject
    public FeedService(StoryService stories, Readers readers, Database database, FeedRanker ranker, Clock clock) {
        this.stories = stories;
        this.readers = readers;
        this.feeds = database.mapper(FeedMapper.class);
        this.ranker = ranker;
        this.clock = clock;
    }

    /** The logged-out home page: the newest stories and those Boosted, ranked. */
    public List<FeedItem> home(int limit) {
        Pool pool = new Pool(Readers.Reader.ANONYMOUS);
        pool.add(stories.latestPublished(CANDIDATES), Candidate.Source.LATEST);
        pool.add(stories.boosted(BOOSTED_CANDIDATES), Candidate.Source.BOOSTED);
        return rank(Surface.of(Surface.Kind.HOME), pool, limit);
    }

    /**
     * For You: what {@code user} follows, stories in their strongest interests, the newest stories in general
     * distribution and the Boosted ones, without what they already read or wrote.
     */
    public List<FeedItem> forYou(CurrentUser user, int limit) {
        return rank(Surface.of(Surface.Kind.FOR_YOU), forYouPool(readers.of(user), user.id(), user.publicId()),
                limit);
    }

    /**
     * A reader's digest: For You's candidates first published in {@code [from, to)}, ranked for the digest; a story
     * of a writer they follow makes it only if it scores high enough to be among the first {@code limit}.
     */
    public List<FeedItem> digest(long userId, String userPublicId, Instant from, Instant to, int limit) {
        Readers.Reader reader = readers.of(userId, userPublicId);
        Pool pool = forYouPool(reader, userId, userPublicId);
        pool.keepPublishedIn(from, to);
        return rank(Surface.of(Surface.Kind.DIGEST), pool, limit);
    }

    private Pool forYouPool(Readers.Reader reader, long userId, String userPublicId) {
        Pool pool = new Pool(reader);
        pool.addFollowed(stories.publishedFollowedBy(userId, CANDIDATES));
        pool.add(stories.publishedWithAnyTag(reader.topInterests(INTERESTS), TOPIC_CANDIDATES),
                Candidate.Source.TOPIC_AFFINITY);
        pool.add(stories.latestPublished(CANDIDATES), Candidate.Source.NETWORK);
        pool.add(stories.boosted(BOOSTED_CANDIDATES), Candidate.Source.BOOSTED);
        pool.removeOwn(userPublicId);
        pool.removeRead(userId);
        return pool;
    }

    /** The Following tab: stories from the writers, publications and tags {@code user} follows. */
    public List<FeedItem> following(CurrentUser user, int limit) {
        Pool pool = new Pool(readers.of(user));
        pool.addFollowed(stories.publishedFollowedBy(user.id(), CANDIDATES));
        return rank(Surface.of(Surface.Kind.FOLLOWING), pool, limit);
    }

    /** "More from {author}" under a story: the writer's other stories. */
    public List<FeedItem> moreFromAuthor(StoryCard story, long authorId, CurrentUser user, int limit) {
        Pool pool = new Pool(readers.of(user));
        pool.add(without(story, stories.publishedBy(authorId, RELATED_CANDIDATES)), Candidate.Source.SAME_AUTHOR);
        return rank(new Surface(Surface.Kind.MORE_FROM_AUTHOR, story.row().authorPublicId()), pool, limit);
    }

    /** "More from {publication}" under a story: the publication's other stories. */
    public List<FeedItem> moreFromPublication(StoryCard story, long publicationId, CurrentUser user, int limit) {
        Pool pool = new Pool(readers.of(user));
        pool.add(without(story, stories.publishedIn(publicationId, RELATED_CANDIDATES)),
                Candidate.Source.SAME_PUBLICATION);
        return rank(new Surface(Surface.Kind.MORE_FROM_PUBLICATION, story.row().publicationPublicId()), pool, limit);
    }

    /**
     * "Recommended from {site}" under a story, the same for every reader: stories on its topics by other writers,
     * and the Boosted ones.
     */
    public List<FeedItem> recommendations(StoryCard story, int limit) {
        Pool pool = new Pool(Readers.Reader.ANONYMOUS);
        pool.add(stories.publishedWithAnyTag(story.tags(), RELATED_CANDIDATES), Candidate.Source.SAME_TAG);
        pool.add(stories.boosted(RELATED_CANDIDATES), Candidate.Source.BOOSTED);
        pool.removeOwn(story.row().authorPublicId());
        return rank(new Surface(Surface.Kind.RECOMMENDATIONS, story.row().publicId()), pool, limit);
    }

    /**
     * A tag page: its top stories as ranked, or its latest, newest first. Latest skips the ranker, not the tier
     * rules: a story kept to its writer's network shows only to their followers.
     */
    public List<FeedItem> tag(String tag, boolean top, CurrentUser user, int limit) {
        Readers.Reader reader = readers.of(user);
        Pool pool = new Pool(reader);
        pool.add(stories.publishedWithTag(tag, CANDIDATES), Candidate.Source.SAME_TAG);
        if (top) {
            return rank(new Surface(Surface.Kind.TAG_TOP, tag), pool, limit);
        }
        Instant now = clock.instant();
        return pool.cards.values().stream()
                .filter(story -> {
                    StorySummary summary = story.summary(now);
                    return Surface.Kind.TAG_LATEST.admits(summary.tier(), reader.viewer().follows(summary));
                })
                .limit(limit).map(story -> new FeedItem(story, List.of())).toList();
    }

    private static List<StoryCard> without(StoryCard story, List<StoryCard> cards) {
        return cards.stream().filter(card -> card.row().id() != story.row().id()).toList();
    }

    private List<FeedItem> rank(Surface surface, Pool pool, int limit) {
        if (pool.cards.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, FeedMapper.EngagementRow> engagement = feeds.engagement(pool.cards.keySet()).stream()
                .collect(Collectors.toMap(FeedMapper.EngagementRow::storyId, Function.identity()));
        List<Candidate> candidates = pool.cards.values().stream().map(story -> {
            FeedMapper.EngagementRow row = engagement.get(story.row().id());
            return new Candidate(story.summary(now), row == null ? Engagement.NONE : new Engagement(row.views(),
                    row.reads(), row.memberReadingSeconds(), row.clappers(), row.claps(), row.responses(),
                    row.highlights()), pool.sources.get(story.row().id()),
                    new Candidate.Writer(story.row().authorName(), row == null ? 0 : row.authorFollowers()));
        }).toList();
        long seed = now.truncatedTo(ChronoUnit.DAYS).toEpochMilli();
        RankedFeed feed = ranker.rank(new RankingRequest(surface, pool.reader.viewer(), candidates, limit, now, seed));
        Map<String, StoryCard> byId = pool.cards.values().stream()
                .collect(Collectors.toMap(story -> story.row().publicId(), Function.identity()));
        return feed.items().stream()
                .filter(item -> byId.containsKey(item.story().value()))
                .map(item -> new FeedItem(byId.get(item.story().value()), item.reasons()))
                .toList();
    }

    /**
     * The candidates of one feed request, each once with every source that brought it, leaving out what the engine
     * keeps from this reader.
     */
    private final class Pool {
        final Readers.Reader reader;
        final Map<Long, StoryCard> cards = new LinkedHashMap<>();
        final Map<Long, Set<Candidate.Source>> sources = new LinkedHashMap<>();

        Pool(Readers.Reader reader) {
            this.reader = reader;
        }

        void add(List<StoryCard> found, Candidate.Source source) {
            for (StoryCard story : found) {
                add(story, source);
            }
        }

        /** Adds stories found through the reader's follows, with the follows that brought each. */
        void addFollowed(List<StoryCard> found) {
            Viewer viewer = reader.viewer();
            Instant now = clock.instant();
            for (StoryCard story : found) {
                StorySummary summary = story.summary(now);
                if (viewer.followedWriters().contains(summary.author())) {
                    add(story, Candidate.Source.FOLLOWED_WRITER);
                }
                if (summary.publication() != null && viewer.followedPublications().contains(summary.publication())) {
                    add(story, Candidate.Source.FOLLOWED_PUBLICATION);
                }
                if (summary.tags().stream().anyMatch(viewer.followedTags()::contains)) {
                    add(story, Candidate.Source.FOLLOWED_TAG);
                }
            }
        }

        private void add(StoryCard story, Candidate.Source source) {
            if (reader.hides(story)) {
                return;
            }
            long id = story.row().id();
            cards.putIfAbsent(id, story);
            sources.computeIfAbsent(id, key -> EnumSet.noneOf(Candidate.Source.class)).add(source);
        }

        void keepPublishedIn(Instant from, Instant to) {
            remove(cards.values().stream().filter(story -> {
                Instant published = story.row().firstPublishedAt();
                return published == null || published.isBefore(from) || !published.isBefore(to);
            }).map(story -> story.row().id()).toList());
        }

        void removeOwn(String authorPublicId) {
            remove(cards.values().stream().filter(story -> story.row().authorPublicId().equals(authorPublicId))
                    .map(story -> story.row().id()).toList());
        }

        void removeRead(long userId) {
            if (!cards.isEmpty()) {
                remove(feeds.readAmong(userId, cards.keySet()));
            }
        }

        private void remove(List<Long> ids) {
            Set<Long> gone = new HashSet<>(ids);
            cards.keySet().removeAll(gone);
            sources.keySet().removeAll(gone);
        }
    }
}
