package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.jobs.Outbox;
import org.masthead.engine.jobs.OutboxEvent;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;

/** Following writers, publications and tags, and the counts that come of it. */
@ApplicationScoped
public class FollowService {

    /**
     * Whether the signed-in person follows something now, and how many follow it.
     *
     * @param following whether they follow it
     * @param followers everyone who follows it
     */
    public record FollowState(boolean following, long followers) {
    }

    /**
     * A person's follow counts.
     *
     * @param userId                their public id
     * @param followers             people who follow them
     * @param followingUsers        people they follow
     * @param followingPublications publications they follow
     * @param followingTags         tags they follow
     * @param youFollow             whether the signed-in viewer follows them, {@code null} when signed out
     */
    public record Counts(String userId, long followers, long followingUsers, long followingPublications,
                         long followingTags, Boolean youFollow) {
    }

    /**
     * What a person follows, the latest first.
     *
     * @param users        people
     * @param publications publications
     * @param tags         normalized tags
     */
    public record Following(List<UserRow> users, List<PublicationRow> publications, List<String> tags) {
    }

    private final Database database;
    private final EdgeMapper edges;
    private final UserService users;
    private final PublicationService publications;
    private final StoryService stories;
    private final BlockService blocks;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public FollowService(Database database, UserService users, PublicationService publications,
                         StoryService stories, BlockService blocks, Outbox outbox, Clock clock) {
        this.database = database;
        this.edges = database.mapper(EdgeMapper.class);
        this.users = users;
        this.publications = publications;
        this.stories = stories;
        this.blocks = blocks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Follows or unfollows the person with public id {@code userId}; idempotent.
     *
     * @throws ApiException 404 for an unknown person, 400 {@code cannot_follow_self}, 403 {@code blocked} when
     *                      that person blocked {@code me}
     */
    public FollowState setFollowingUser(CurrentUser me, String userId, boolean follow) {
        UserRow user = users.byPublicId(userId).orElseThrow(() -> ApiException.notFound("user"));
        if (user.id() == me.id()) {
            throw ApiException.badRequest("cannot_follow_self", "you cannot follow yourself");
        }
        if (follow) {
            blocks.requireNotBlockedBy(user.id(), me);
        }
        return set(Edge.FOLLOWS_USER, me, user.id(), follow);
    }

    /**
     * Follows or unfollows the publication with public id {@code publicationId}; idempotent.
     *
     * @throws ApiException 404 for an unknown publication
     */
    public FollowState setFollowingPublication(CurrentUser me, String publicationId, boolean follow) {
        PublicationRow publication = publications.find(publicationId)
                .orElseThrow(() -> ApiException.notFound("publication"));
        return set(Edge.FOLLOWS_PUBLICATION, me, publication.id(), follow);
    }

    /** Everyone who follows the publication with database id {@code publicationId}. */
    long publicationFollowers(long publicationId) {
        return edges.countTo(Edge.FOLLOWS_PUBLICATION, publicationId);
    }

    /**
     * Follows or unfollows a tag, in the normalized form stories store it; idempotent. A tag no story carries yet
     * can be followed: tags are free-form, and its first story will reach its followers.
     *
     * @throws ApiException 400 {@code invalid_tag}
     */
    public FollowState setFollowingTag(CurrentUser me, String tag, boolean follow) {
        return set(Edge.FOLLOWS_TAG, me, stories.normalizeTag(tag), follow);
    }

    /**
     * The follow counts of the person with public id {@code userId}, as {@code viewer} (or a signed-out reader,
     * {@code null}) sees them.
     *
     * @throws ApiException 404 for an unknown person
     */
    public Counts counts(String userId, CurrentUser viewer) {
        UserRow user = users.byPublicId(userId).orElseThrow(() -> ApiException.notFound("user"));
        Boolean youFollow = viewer == null ? null : edges.count(Edge.FOLLOWS_USER, viewer.id(), user.id()) > 0;
        return new Counts(user.publicId(), edges.countTo(Edge.FOLLOWS_USER, user.id()),
                edges.countFrom(Edge.FOLLOWS_USER, user.id()), edges.countFrom(Edge.FOLLOWS_PUBLICATION, user.id()),
                edges.countFrom(Edge.FOLLOWS_TAG, user.id()), youFollow);
    }

    /** What {@code me} follows. */
    public Following following(CurrentUser me) {
        List<Long> userIds = edges.targetIds(Edge.FOLLOWS_USER, me.id());
        List<Long> publicationIds = edges.targetIds(Edge.FOLLOWS_PUBLICATION, me.id());
        return new Following(InOrder.of(userIds, users.byIds(userIds), UserRow::id),
                InOrder.of(publicationIds, publications.byIds(publicationIds), PublicationRow::id),
                edges.targetTags(Edge.FOLLOWS_TAG, me.id()));
    }

    /** Whether {@code viewer} (possibly signed out) follows the person with database id {@code userId}. */
    public FollowState userFollowState(CurrentUser viewer, long userId) {
        return state(Edge.FOLLOWS_USER, viewer, userId);
    }

    /** Whether {@code viewer} (possibly signed out) follows the publication with database id {@code publicationId}. */
    public FollowState publicationFollowState(CurrentUser viewer, long publicationId) {
        return state(Edge.FOLLOWS_PUBLICATION, viewer, publicationId);
    }

    /** Whether {@code viewer} (possibly signed out) follows {@code tag}. */
    public FollowState tagFollowState(CurrentUser viewer, String tag) {
        return state(Edge.FOLLOWS_TAG, viewer, tag);
    }

    /** Whether {@code viewer} follows the person with database id {@code userId}; one indexed lookup. */
    public boolean followsUser(CurrentUser viewer, long userId) {
        return edges.count(Edge.FOLLOWS_USER, viewer.id(), userId) > 0;
    }

    /** Whether {@code viewer} follows the publication with database id {@code publicationId}. */
    public boolean followsPublication(CurrentUser viewer, long publicationId) {
        return edges.count(Edge.FOLLOWS_PUBLICATION, viewer.id(), publicationId) > 0;
    }

    private FollowState state(Edge edge, CurrentUser viewer, Object target) {
        boolean following = viewer != null && edges.count(edge, viewer.id(), target) > 0;
        return new FollowState(following, edges.countTo(edge, target));
    }

    /** How many of the people following the person with database id {@code userId} started at or after {@code since}. */
    long followersSince(long userId, Instant since) {
        return edges.countToSince(Edge.FOLLOWS_USER, userId, since);
    }

    private FollowState set(Edge edge, CurrentUser me, Object target, boolean follow) {
        if (follow) {
            DuplicateKeys.inTransaction(database, () -> {
                if (edges.add(edge, me.id(), target, clock.instant()) && edge == Edge.FOLLOWS_USER) {
                    outbox.append(OutboxEvent.USER_FOLLOWED, (Long) target, Long.toString(me.id()));
                }
            });
        } else {
            edges.delete(edge, me.id(), target);
        }
        return new FollowState(follow, edges.countTo(edge, target));
    }
}
