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
import org.masthead.engine.web.ApiException;

/**
 * Blocks. Someone a person blocked cannot follow them, nor clap or highlight their stories; blocking also ends the
 * follows between the two, both ways.
 */
@ApplicationScoped
public class BlockService {
    private final Database database;
    private final EdgeMapper edges;
    private final UserService users;
    private final Clock clock;

    @Inject
    public BlockService(Database database, UserService users, Clock clock) {
        this.database = database;
        this.edges = database.mapper(EdgeMapper.class);
        this.users = users;
        this.clock = clock;
    }

    /**
     * {@code me} blocks the person with public id {@code userId}; blocking twice is the same as once.
     *
     * @throws ApiException 404 for an unknown person, 400 {@code cannot_block_self}
     */
    public void block(CurrentUser me, String userId) {
        long other = other(me, userId);
        DuplicateKeys.inTransaction(database, () -> {
            edges.add(Edge.BLOCKS_USER, me.id(), other, clock.instant());
            edges.delete(Edge.FOLLOWS_USER, me.id(), other);
            edges.delete(Edge.FOLLOWS_USER, other, me.id());
        });
    }

    /**
     * {@code me} unblocks the person with public id {@code userId}; follows ended by the block stay ended.
     *
     * @throws ApiException 404 for an unknown person, 400 {@code cannot_block_self}
     */
    public void unblock(CurrentUser me, String userId) {
        edges.delete(Edge.BLOCKS_USER, me.id(), other(me, userId));
    }

    /** The people {@code me} blocked, the latest first. */
    public List<UserRow> blocked(CurrentUser me) {
        List<Long> ids = edges.targetIds(Edge.BLOCKS_USER, me.id());
        return InOrder.of(ids, users.byIds(ids), UserRow::id);
    }

    /**
     * Refuses what {@code user} wants to do to the person with database id {@code blockerId}, or to their stories,
     * when that person blocked them.
     *
     * @throws ApiException 403 {@code blocked}
     */
    public void requireNotBlockedBy(long blockerId, CurrentUser user) {
        if (edges.count(Edge.BLOCKS_USER, blockerId, user.id()) > 0) {
            throw new ApiException(403, "blocked", "this writer has blocked you");
        }
    }

    private long other(CurrentUser me, String userId) {
        UserRow other = users.byPublicId(userId).orElseThrow(() -> ApiException.notFound("user"));
        if (other.id() == me.id()) {
            throw ApiException.badRequest("cannot_block_self", "you cannot block yourself");
        }
        return other.id();
    }
}
