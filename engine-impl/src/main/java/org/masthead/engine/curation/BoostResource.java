package org.masthead.engine.curation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.masthead.engine.story.StoryResource;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * Boost nominations (publication editors nominate, curators decide, admins set quotas) and the curators' Staff
 * Picks over HTTP.
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoostResource {
    private final BoostService boosts;
    private final StaffPicks picks;

    @Inject
    public BoostResource(BoostService boosts, StaffPicks picks) {
        this.boosts = boosts;
        this.picks = picks;
    }

    @POST
    @Path("publications/{id}/boost-nominations")
    public Response nominate(@PathParam("id") String publicationId, BoostService.NewNomination nomination,
                             @Context SecurityContext context) {
        return Response.status(201).entity(boosts.nominate(AuthFilter.requireSession(context), publicationId,
                nomination)).build();
    }

    /** The publication's nominations and what is left of its monthly quota: its editors only. */
    @GET
    @Path("publications/{id}/boost-nominations")
    public BoostService.Nominations nominations(@PathParam("id") String publicationId,
                                                @Context SecurityContext context) {
        return boosts.ofPublication(AuthFilter.requireSession(context), publicationId);
    }

    @GET
    @Path("curation/nominations")
    public List<BoostService.Nomination> pending(@QueryParam("limit") Integer limit,
                                                 @Context SecurityContext context) {
        return boosts.pending(AuthFilter.requireSession(context), CurationResource.limit(limit));
    }

    @POST
    @Path("curation/nominations/{id}/decision")
    public BoostService.Nomination decide(@PathParam("id") String id, BoostService.Decision decision,
                                          @Context SecurityContext context) {
        return boosts.decide(AuthFilter.requireSession(context), id, decision);
    }

    @PUT
    @Path("admin/publications/{id}/boost-quota")
    public BoostService.Nominations quota(@PathParam("id") String publicationId, BoostService.QuotaChange change,
                                          @Context SecurityContext context) {
        return boosts.setQuota(AuthFilter.requireAdmin(context), publicationId, change);
    }

    /** The Staff Picks still listed, newest pick first; public. */
    @GET
    @Path("staff-picks")
    public List<StoryResource.CardView> staffPicks(@QueryParam("limit") Integer limit) {
        return picks.newest(CurationResource.limit(limit)).stream().map(StoryResource.CardView::of).toList();
    }

    @PUT
    @Path("curation/staff-picks/{storyId}")
    public Response pick(@PathParam("storyId") String storyId, @Context SecurityContext context) {
        picks.pick(AuthFilter.requireSession(context), storyId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("curation/staff-picks/{storyId}")
    public Response unpick(@PathParam("storyId") String storyId, @Context SecurityContext context) {
        picks.unpick(AuthFilter.requireSession(context), storyId);
        return Response.noContent().build();
    }
}
