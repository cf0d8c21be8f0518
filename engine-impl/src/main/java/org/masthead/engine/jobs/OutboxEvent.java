package org.masthead.engine.jobs;

import java.time.Instant;

/**
 * A change recorded in the outbox.
 *
 * @param id        position in the outbox, increasing
 * @param topic     what happened, such as {@link #STORY_PUBLISHED}
 * @param subjectId database id of the row it happened to (story, user, publication)
 * @param detail    topic-specific detail, often empty
 * @param createdAt when
 */
public record OutboxEvent(long id, String topic, long subjectId, String detail, Instant createdAt) {
    /** A story became readable for the first time, or again; detail {@code notify} when followers asked to be told. */
    public static final String STORY_PUBLISHED = "story.published";
    /** A response to a story was published; its subject is the response. */
    public static final String RESPONSE_PUBLISHED = "response.published";
    /** A readable story's content or tags changed. */
    public static final String STORY_CHANGED = "story.changed";
    /** A story stopped being readable: unpublished or deleted. */
    public static final String STORY_REMOVED = "story.removed";
    /** A person's public profile changed. */
    public static final String USER_CHANGED = "user.changed";
    /** A publication's public profile changed or it was deleted. */
    public static final String PUBLICATION_CHANGED = "publication.changed";
    /** Someone started following a person; the subject is the person followed, the detail the follower's id. */
    public static final String USER_FOLLOWED = "user.followed";
    /** An editor decided on a submission; the subject is the submission, the detail the new state. */
    public static final String SUBMISSION_DECIDED = "submission.decided";
    /** Curators Boosted a story (directly or by accepting a nomination); the subject is the story. */
    public static final String STORY_BOOSTED = "story.boosted";
    /** An admin asked every node to rebuild its search index from the database. */
    public static final String SEARCH_REBUILD = "search.rebuild";
}
