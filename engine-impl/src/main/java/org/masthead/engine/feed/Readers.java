package org.masthead.engine.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.api.content.PublicationId;
import org.masthead.api.content.UserId;
import org.masthead.api.ranking.Viewer;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.story.StoryCard;

/**
 * Who is reading, as feeds see them: what they follow, what they read, clapped and highlighted lately (their topic
 * affinity), what they asked to see less of, and whom they muted or blocked.
 */
@ApplicationScoped
public class Readers {
    /** How far back reading history counts towards interests. */
    static final Duration HISTORY = Duration.ofDays(90);
    /** Interests beyond the strongest this many are left out. */
    static final int TOPICS = 20;
    private static final int READ_WEIGHT = 1;
    private static final int CLAP_WEIGHT = 2;
    private static final int HIGHLIGHT_WEIGHT = 3;

    /**
     * A reader: the ranker's view of them, and what the engine itself keeps out of their feeds.
     *
     * @param id                their database id, or {@code null} signed out
     * @param viewer            what the ranker is told
     * @param hiddenWriters     public ids of writers muted or blocked either way
     * @param mutedPublications public ids of muted publications
     */
    public record Reader(Long id, Viewer viewer, Set<String> hiddenWriters, Set<String> mutedPublications) {
        static final Reader ANONYMOUS = new Reader(null, Viewer.anonymous(), Set.of(), Set.of());

        /** Whether the engine keeps {@code story} out of this reader's feeds. */
        public boolean hides(StoryCard story) {
            return hiddenWriters.contains(story.row().authorPublicId())
                    || story.row().publicationPublicId() != null
                    && mutedPublications.contains(story.row().publicationPublicId());
        }

        /** The tags the reader cares most about, strongest first. */
        List<String> topInterests(int limit) {
            return viewer.topicAffinity().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(Map.Entry::getKey).toList();
        }
    }

    /**
     * What a reader asked to see less of.
     *
     * @param writers public ids of writers
     * @param topics  tags
     */
    public record ShownLess(List<String> writers, List<String> topics) {
    }

    private final Database database;
    private final FeedMapper feeds;
    private final UserService users;
    private final StoryService stories;
    private final Clock clock;

    @Inject
    public Readers(Database database, UserService users, StoryService stories, Clock clock) {
        this.database = database;
        this.feeds = database.mapper(FeedMapper.class);
        this.users = users;
        this.stories = stories;
        this.clock = clock;
    }

    /**
     * "Show less like this" on a feed card: the story's writer and its first topic count for less in the reader's
     * feeds from the next request on. Idempotent.
     *
     * @throws ApiException 404 for a story the reader cannot open
     */
    public ShownLess showLess(CurrentUser user, String storyId) {
        StoryService.Story story = stories.find(storyId, user).orElseThrow(() -> ApiException.notFound("story"));
        Instant now = clock.instant();
        DuplicateKeys.inTransaction(database, () -> {
            remember(user.id(), "WRITER", story.author().publicId(), now);
            if (!story.tags().isEmpty()) {
                remember(user.id(), "TOPIC", story.tags().get(0), now);
            }
        });
        return shownLess(user);
    }

    private void remember(long userId, String kind, String subject, Instant now) {
        if (feeds.countShowLess(userId, kind, subject) == 0) {
            feeds.insertShowLess(userId, kind, subject, now);
        }
    }

    /** What {@code user} asked to see less of. */
    public ShownLess shownLess(CurrentUser user) {
        List<FeedMapper.ShowLess> rows = feeds.showLess(user.id());
        return new ShownLess(subjects(rows, "WRITER").stream().sorted().toList(),
                subjects(rows, "TOPIC").stream().sorted().toList());
    }

    /** Forgets every "show less" of {@code user}. */
    public void clearShowLess(CurrentUser user) {
        feeds.clearShowLess(user.id());
    }

    /** The reader behind {@code user}, or the anonymous reader for {@code null}. */
    public Reader of(CurrentUser user) {
        return user == null ? Reader.ANONYMOUS : of(user.id(), user.publicId());
    }

    /** The reader with database id {@code id} and public id {@code publicId}. */
    public Reader of(long id, String publicId) {
        Instant now = clock.instant();
        List<FeedMapper.ShowLess> showLess = feeds.showLess(id);
        Viewer viewer = new Viewer(new UserId(publicId), users.isMember(id, now),
                feeds.followedWriters(id).stream().map(UserId::new).collect(Collectors.toSet()),
                feeds.followedPublications(id).stream().map(PublicationId::new).collect(Collectors.toSet()),
                Set.copyOf(feeds.followedTags(id)), affinity(id, now),
                subjects(showLess, "TOPIC"),
                subjects(showLess, "WRITER").stream().map(UserId::new).collect(Collectors.toSet()));
        return new Reader(id, viewer, Set.copyOf(feeds.hiddenWriters(id)), Set.copyOf(feeds.mutedPublications(id)));
    }

    /**
     * Topic affinity in [0, 1]: reads, claps and highlights of the last 90 days weighted 1, 2 and 3 per story
     * and tag, divided by the strongest topic's weight.
     */
    private Map<String, Double> affinity(long userId, Instant now) {
        Instant since = now.minus(HISTORY);
        Map<String, Long> weights = new HashMap<>();
        feeds.readTopics(userId, (int) (since.getEpochSecond() / 86_400))
                .forEach(row -> weights.merge(row.tag(), READ_WEIGHT * row.weight(), Long::sum));
        feeds.clapTopics(userId, since).forEach(row -> weights.merge(row.tag(), CLAP_WEIGHT * row.weight(), Long::sum));
        feeds.highlightTopics(userId, since)
                .forEach(row -> weights.merge(row.tag(), HIGHLIGHT_WEIGHT * row.weight(), Long::sum));
        long strongest = weights.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return weights.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOPICS)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> (double) entry.getValue() / strongest));
    }

    private static Set<String> subjects(List<FeedMapper.ShowLess> showLess, String kind) {
        return showLess.stream().filter(row -> row.kind().equals(kind)).map(FeedMapper.ShowLess::subject)
                .collect(Collectors.toSet());
    }
}
