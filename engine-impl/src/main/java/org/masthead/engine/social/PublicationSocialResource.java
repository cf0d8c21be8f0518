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
import jakarta.ws.rs.core.SecurityContext;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /api/v1/publications/{id}/follow} and {@code …/mute}. Its root is the publication resource's, so that
 * JAX-RS merges the two (see {@link SocialResource}).
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationSocialResource {
    private final FollowService follows;
    private final MuteService mutes;
    private final StatsService stats;

    @Inject
    public PublicationSocialResource(FollowService follows, MuteService mutes, StatsService stats) {
        this.follows = follows;
        this.mutes = mutes;
        this.stats = stats;
    }

    @PUT
    @Path("publications/{id}/follow")
    public FollowService.FollowState follow(@PathParam("id") String id, @Context SecurityContext context) {
        return follows.setFollowingPublication(AuthFilter.requireUser(context), id, true);
    }

    @DELETE
    @Path("publications/{id}/follow")
    public FollowService.FollowState unfollow(@PathParam("id") String id, @Context SecurityContext context) {
        return follows.setFollowingPublication(AuthFilter.requireUser(context), id, false);
    }

    @PUT
    @Path("publications/{id}/mute")
    public SocialResource.MuteState mute(@PathParam("id") String id, @Context SecurityContext context) {
        mutes.setPublicationMuted(AuthFilter.requireUser(context), id, true);
        return new SocialResource.MuteState(true);
    }

    @DELETE
    @Path("publications/{id}/mute")
    public SocialResource.MuteState unmute(@PathParam("id") String id, @Context SecurityContext context) {
        mutes.setPublicationMuted(AuthFilter.requireUser(context), id, false);
        return new SocialResource.MuteState(false);
    }

    @GET
    @Path("publications/{id}/stats")
    public StatsService.PublicationStats stats(@PathParam("id") String id, @Context SecurityContext context) {
        return stats.ofPublication(AuthFilter.requireSession(context), id);
    }
}
