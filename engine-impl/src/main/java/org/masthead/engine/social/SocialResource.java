package org.masthead.engine.social;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /api/v1/users/{id}/…}, {@code /api/v1/tags/{tag}/follow}, {@code /api/v1/me/…} and
 * {@code /api/v1/highlights/{id}}: following, muting and blocking people, following tags, and what a person
 * follows, muted and blocked. Its root is {@code /api/v1}, shared with the account resource: JAX-RS picks the
 * root resource by the most specific path and never falls back to another, so a root such as
 * {@code /api/v1/users} would hide sign-up, while resources with the same root are merged.
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SocialResource {

    /**
     * A person in a list.
     *
     * @param id       public id
     * @param username username
     * @param name     display name
     */
    public record PersonView(String id, String username, String name) {
        static List<PersonView> of(List<UserRow> users) {
            return users.stream().map(user -> new PersonView(user.publicId(), user.username(), user.displayName()))
                    .toList();
        }
    }

    /**
     * A publication in a list.
     *
     * @param id   public id
     * @param slug URL name
     * @param name name
     */
    public record PublicationView(String id, String slug, String name) {
        static List<PublicationView> of(List<PublicationRow> publications) {
            return publications.stream().map(row -> new PublicationView(row.publicId(), row.slug(), row.name()))
                    .toList();
        }
    }

    /**
     * What the signed-in person follows, the latest first.
     *
     * @param users        people
     * @param publications publications
     * @param tags         tags
     */
    public record FollowingView(List<PersonView> users, List<PublicationView> publications, List<String> tags) {
    }

    /**
     * What the signed-in person muted, the latest first.
     *
     * @param users        writers
     * @param publications publications
     */
    public record MutedView(List<PersonView> users, List<PublicationView> publications) {
    }

    /**
     * Whom the signed-in person blocked, the latest first.
     *
     * @param users people
     */
    public record BlockedView(List<PersonView> users) {
    }

    /**
     * Whether the signed-in person mutes someone now.
     *
     * @param muted muted
     */
    public record MuteState(boolean muted) {
    }

    /**
     * Whether the signed-in person blocks someone now.
     *
     * @param blocked blocked
     */
    public record BlockState(boolean blocked) {
    }

    private final FollowService follows;
    private final MuteService mutes;
    private final BlockService blocks;
    private final HighlightService highlights;

    @Inject
    public SocialResource(FollowService follows, MuteService mutes, BlockService blocks,
                          HighlightService highlights) {
        this.follows = follows;
        this.mutes = mutes;
        this.blocks = blocks;
        this.highlights = highlights;
    }

    @PUT
    @Path("users/{userId}/follow")
    public FollowService.FollowState followUser(@PathParam("userId") String userId, @Context SecurityContext context) {
        return follows.setFollowingUser(AuthFilter.requireUser(context), userId, true);
    }

    @DELETE
    @Path("users/{userId}/follow")
    public FollowService.FollowState unfollowUser(@PathParam("userId") String userId,
                                                  @Context SecurityContext context) {
        return follows.setFollowingUser(AuthFilter.requireUser(context), userId, false);
    }

    @PUT
    @Path("tags/{tag}/follow")
    public FollowService.FollowState followTag(@PathParam("tag") String tag, @Context SecurityContext context) {
        return follows.setFollowingTag(AuthFilter.requireUser(context), tag, true);
    }

    @DELETE
    @Path("tags/{tag}/follow")
    public FollowService.FollowState unfollowTag(@PathParam("tag") String tag, @Context SecurityContext context) {
        return follows.setFollowingTag(AuthFilter.requireUser(context), tag, false);
    }

    @GET
    @Path("users/{userId}/social")
    public FollowService.Counts counts(@PathParam("userId") String userId, @Context SecurityContext context) {
        return follows.counts(userId, context.getUserPrincipal() instanceof CurrentUser user ? user : null);
    }

    @GET
    @Path("me/following")
    public FollowingView following(@Context SecurityContext context) {
        FollowService.Following following = follows.following(AuthFilter.requireUser(context));
        return new FollowingView(PersonView.of(following.users()), PublicationView.of(following.publications()),
                following.tags());
    }

    @PUT
    @Path("users/{userId}/mute")
    public MuteState mute(@PathParam("userId") String userId, @Context SecurityContext context) {
        mutes.setUserMuted(AuthFilter.requireUser(context), userId, true);
        return new MuteState(true);
    }

    @DELETE
    @Path("users/{userId}/mute")
    public MuteState unmute(@PathParam("userId") String userId, @Context SecurityContext context) {
        mutes.setUserMuted(AuthFilter.requireUser(context), userId, false);
        return new MuteState(false);
    }

    @GET
    @Path("me/muted")
    public MutedView muted(@Context SecurityContext context) {
        MuteService.Muted muted = mutes.muted(AuthFilter.requireUser(context));
        return new MutedView(PersonView.of(muted.users()), PublicationView.of(muted.publications()));
    }

    @PUT
    @Path("users/{userId}/block")
    public BlockState block(@PathParam("userId") String userId, @Context SecurityContext context) {
        blocks.block(AuthFilter.requireUser(context), userId);
        return new BlockState(true);
    }

    @DELETE
    @Path("users/{userId}/block")
    public BlockState unblock(@PathParam("userId") String userId, @Context SecurityContext context) {
        blocks.unblock(AuthFilter.requireUser(context), userId);
        return new BlockState(false);
    }

    @GET
    @Path("me/blocked")
    public BlockedView blocked(@Context SecurityContext context) {
        return new BlockedView(PersonView.of(blocks.blocked(AuthFilter.requireUser(context))));
    }

    @DELETE
    @Path("highlights/{id}")
    public Response deleteHighlight(@PathParam("id") String id, @Context SecurityContext context) {
        highlights.delete(AuthFilter.requireUser(context), id);
        return Response.noContent().build();
    }
}
