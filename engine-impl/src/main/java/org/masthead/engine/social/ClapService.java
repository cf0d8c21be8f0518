package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.regex.Pattern;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/**
 * Claps, Medium's way: a reader gives a published story from 1 to 50 claps in total, over as many requests as
 * they like, never to their own story. Every request carries a client-made id so that a retry is counted once.
 * Totals are summed from the database on every read, so all nodes agree.
 */
@ApplicationScoped
public class ClapService {
    /** Most claps a reader gives one story, in total. */
    public static final int MAX_CLAPS = 50;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    /**
     * Claps to add.
     *
     * @param count     how many, 1 to 50
     * @param requestId the client's id for this request (a UUID, say): a retry with the same id is applied once
     */
    public record Claps(Integer count, String requestId) {
    }

    /**
     * A story's claps as a reader sees them.
     *
     * @param yourClaps  the reader's claps, {@code null} when signed out
     * @param totalClaps everyone's claps
     * @param clappers   readers who clapped
     */
    public record Totals(Integer yourClaps, long totalClaps, long clappers) {
    }

    private final Database database;
    private final ClapMapper claps;
    private final StoryService stories;
    private final BlockService blocks;
    private final Clock clock;

    @Inject
    public ClapService(Database database, StoryService stories, BlockService blocks, Clock clock) {
        this.database = database;
        this.claps = database.mapper(ClapMapper.class);
        this.stories = stories;
        this.blocks = blocks;
        this.clock = clock;
    }

    /**
     * {@code reader} claps the published story with public id {@code storyId}.
     *
     * @throws ApiException 400 {@code invalid_clap_count}, {@code missing_request_id}, {@code invalid_request_id},
     *                      {@code cannot_clap_own_story}, or {@code too_many_claps} when the reader's total would
     *                      pass 50 (nothing is stored then); 404 for an unknown or unpublished story; 403
     *                      {@code blocked} when its writer blocked the reader
     */
    public Totals clap(CurrentUser reader, String storyId, Claps request) {
        ApiException.requireBody(request);
        int count = request.count() == null ? 0 : request.count();
        if (count < 1 || count > MAX_CLAPS) {
            throw ApiException.badRequest(count > MAX_CLAPS ? "too_many_claps" : "invalid_clap_count",
                    "count must be 1 to " + MAX_CLAPS);
        }
        String requestId = request.requestId();
        if (requestId == null || requestId.isBlank()) {
            throw ApiException.badRequest("missing_request_id", "requestId is required");
        }
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw ApiException.badRequest("invalid_request_id",
                    "requestId must be 8 to 64 letters, digits, dashes or underscores");
        }
        StoryRow story = publishedStory(storyId);
        if (story.authorId() == reader.id()) {
            throw ApiException.badRequest("cannot_clap_own_story", "writers cannot clap their own stories");
        }
        blocks.requireNotBlockedBy(story.authorId(), reader);
        DuplicateKeys.inTransaction(database, () -> {
            if (claps.countRequest(reader.id(), story.id(), requestId) == 0) {
                // The request row goes first: a concurrent retry of this request waits on its key and then
                // fails, instead of adding the claps a second time.
                claps.insertRequest(reader.id(), story.id(), requestId, count, clock.instant());
                Integer given = claps.clapsOf(story.id(), reader.id());
                if (given == null) {
                    claps.insert(story.id(), reader.id(), count, clock.instant());
                } else if (claps.add(story.id(), reader.id(), count, MAX_CLAPS, clock.instant()) == 0) {
                    throw ApiException.badRequest("too_many_claps", "a reader gives a story at most " + MAX_CLAPS
                            + " claps; you gave " + given + " already");
                }
            }
        });
        // Summed after the commit: reading every clapper's row inside the transaction that holds this reader's row
        // would deadlock with another reader clapping the same story at the same moment.
        return totals(story.id(), reader);
    }

    /**
     * The claps of the published story with public id {@code storyId}, as {@code viewer} (or a signed-out reader,
     * {@code null}) sees them.
     *
     * @throws ApiException 404 for an unknown or unpublished story
     */
    public Totals totals(String storyId, CurrentUser viewer) {
        return totals(publishedStory(storyId).id(), viewer);
    }

    /** How many times {@code reader} clapped for the story with database id {@code storyId}; one lookup. */
    public int clapsOf(long storyId, CurrentUser reader) {
        Integer claps = this.claps.clapsOf(storyId, reader.id());
        return claps == null ? 0 : claps;
    }

    /** All claps and clappers of the story with database id {@code storyId}. */
    ClapMapper.Sums sums(long storyId) {
        return claps.sums(storyId);
    }

    private Totals totals(long storyId, CurrentUser viewer) {
        ClapMapper.Sums sums = claps.sums(storyId);
        Integer yours = viewer == null ? null : claps.clapsOf(storyId, viewer.id());
        return new Totals(viewer == null ? null : yours == null ? 0 : yours, sums.totalClaps(), sums.clappers());
    }

    private StoryRow publishedStory(String storyId) {
        return stories.find(storyId, null).orElseThrow(() -> ApiException.notFound("story")).row();
    }
}
