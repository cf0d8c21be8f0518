package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.publication.Permission;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.reading.ReadingStats;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * A writer's stats of one story, and a publication's. Views, reads and reading time come from the reading
 * feature's folded beacon counters ({@link ReadingStats}), the same numbers as the writer's stats pages; everything
 * else is counted from the engagement tables when asked.
 */
@ApplicationScoped
public class StatsService {

    /**
     * One story's stats.
     *
     * @param storyId         public id
     * @param views           times it was opened (once per reader within the reading view window)
     * @param reads           views of 30 seconds or more (once per reader and day)
     * @param readRatio       reads per view, from 0 to 1 (0 without views)
     * @param readingSeconds  reading time
     * @param memberReadingSeconds members' reading time
     * @param claps           all claps
     * @param clappers        readers who clapped
     * @param responses       published responses
     * @param highlights      highlights, stale ones included
     * @param followersGained people who follow the writer and started after the story was first published
     */
    public record StoryStats(String storyId, long views, long reads, double readRatio, long readingSeconds,
                             long memberReadingSeconds, long claps, long clappers, long responses, long highlights,
                             long followersGained) {
    }

    /**
     * A publication's stats, for its owner and editors.
     *
     * @param publicationId public id
     * @param stories       published stories (responses not counted)
     * @param followers     people who follow the publication
     * @param views         views of its stories
     * @param reads         reads of its stories
     * @param readingSeconds reading time of its stories
     * @param claps         claps on its stories
     */
    public record PublicationStats(String publicationId, long stories, long followers, long views, long reads,
                                   long readingSeconds, long claps) {
    }

    private final StatsMapper stats;
    private final ReadingStats reading;
    private final StoryService stories;
    private final ClapService claps;
    private final HighlightService highlights;
    private final FollowService follows;
    private final PublicationService publications;

    @Inject
    public StatsService(Database database, ReadingStats reading, StoryService stories, ClapService claps,
                        HighlightService highlights, FollowService follows, PublicationService publications) {
        this.stats = database.mapper(StatsMapper.class);
        this.reading = reading;
        this.stories = stories;
        this.claps = claps;
        this.highlights = highlights;
        this.follows = follows;
        this.publications = publications;
    }

    /**
     * The stats of the story with public id {@code storyId}, for its writer.
     *
     * @throws ApiException 404 for a story {@code writer} cannot see, 403 for someone else's story
     */
    public StoryStats of(CurrentUser writer, String storyId) {
        StoryRow story = stories.find(storyId, writer).orElseThrow(() -> ApiException.notFound("story")).row();
        if (story.authorId() != writer.id()) {
            throw ApiException.forbidden("only the story's writer sees its stats");
        }
        ReadingStats.Counts totals = reading.storyTotals(story.id());
        ClapMapper.Sums sums = claps.sums(story.id());
        long followersGained = story.firstPublishedAt() == null ? 0
                : follows.followersSince(story.authorId(), story.firstPublishedAt());
        return new StoryStats(story.publicId(), totals.views(), totals.reads(), totals.readRatio(),
                totals.readingSeconds(), totals.memberReadingSeconds(), sums.totalClaps(), sums.clappers(),
                stories.responseCount(story.id()), highlights.count(story.id()), followersGained);
    }

    /**
     * The stats of a publication, for its owner and editors.
     *
     * @throws ApiException 404 for an unknown publication, 403 for anyone but its owner and editors
     */
    public PublicationStats ofPublication(CurrentUser viewer, String publicationId) {
        PublicationRow publication = publications.require(viewer, publicationId, Permission.VIEW_STATS);
        ReadingStats.Counts totals = reading.publicationTotals(publication.id());
        return new PublicationStats(publication.publicId(), stats.publishedInPublication(publication.id()),
                follows.publicationFollowers(publication.id()), totals.views(), totals.reads(),
                totals.readingSeconds(), stats.publicationClaps(publication.id()));
    }
}
