package org.masthead.engine.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.db.Database;
import org.masthead.engine.db.DuplicateKeys;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.web.ApiException;

/**
 * Mutes: a reader hides a writer or a publication from their feeds and recommendations. The muted side is not
 * told and nothing else changes for them.
 */
@ApplicationScoped
public class MuteService {

    /**
     * What a person muted, the latest first.
     *
     * @param users        writers
     * @param publications publications
     */
    public record Muted(List<UserRow> users, List<PublicationRow> publications) {
    }

    private final Database database;
    private final EdgeMapper edges;
    private final UserService users;
    private final PublicationService publications;
    private final Clock clock;

    @Inject
    public MuteService(Database database, UserService users, PublicationService publications, Clock clock) {
        this.database = database;
        this.edges = database.mapper(EdgeMapper.class);
        this.users = users;
        this.publications = publications;
        this.clock = clock;
    }

    /**
     * Mutes or unmutes the writer with public id {@code userId} for {@code me}; idempotent.
     *
     * @throws ApiException 404 for an unknown person, 400 {@code cannot_mute_self}
     */
    public void setUserMuted(CurrentUser me, String userId, boolean muted) {
        UserRow user = users.byPublicId(userId).orElseThrow(() -> ApiException.notFound("user"));
        if (user.id() == me.id()) {
            throw ApiException.badRequest("cannot_mute_self", "you cannot mute yourself");
        }
        set(Edge.MUTES_USER, me, user.id(), muted);
    }

    /**
     * Mutes or unmutes the publication with public id {@code publicationId} for {@code me}; idempotent.
     *
     * @throws ApiException 404 for an unknown publication
     */
    public void setPublicationMuted(CurrentUser me, String publicationId, boolean muted) {
        PublicationRow publication = publications.find(publicationId)
                .orElseThrow(() -> ApiException.notFound("publication"));
        set(Edge.MUTES_PUBLICATION, me, publication.id(), muted);
    }

    /** What {@code me} muted. */
    public Muted muted(CurrentUser me) {
        List<Long> userIds = edges.targetIds(Edge.MUTES_USER, me.id());
        List<Long> publicationIds = edges.targetIds(Edge.MUTES_PUBLICATION, me.id());
        return new Muted(InOrder.of(userIds, users.byIds(userIds), UserRow::id),
                InOrder.of(publicationIds, publications.byIds(publicationIds), PublicationRow::id));
    }

    private void set(Edge edge, CurrentUser me, long target, boolean muted) {
        if (muted) {
            DuplicateKeys.inTransaction(database, () -> edges.add(edge, me.id(), target, clock.instant()));
        } else {
            edges.delete(edge, me.id(), target);
        }
    }
}
