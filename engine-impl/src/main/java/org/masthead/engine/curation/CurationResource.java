package org.masthead.engine.curation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.masthead.engine.story.StoryResource;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * Curation over HTTP: the curator queue and reviews (curators and admins), a story's curation record and its
 * appeal (its writer), and the review window (admins).
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CurationResource {
    private static final int MAX_LIMIT = 100;

    /**
     * A story waiting for a curator.
     *
     * @param story          the story
     * @param curationStatus its curation status
     * @param queuedAt       since when it waits
     * @param appealed       whether its writer appealed
     * @param nomination     a publication's Boost nomination waiting for a decision, if any
     */
    public record QueueEntry(StoryResource.CardView story, String curationStatus, Instant queuedAt,
                             boolean appealed, CurationService.QueuedNomination nomination) {
    }

    private final CurationService curation;

    @Inject
    public CurationResource(CurationService curation) {
        this.curation = curation;
    }

    /** The queue, oldest first; {@code topic} keeps the stories with that tag. */
    @GET
    @Path("curation/queue")
    public List<QueueEntry> queue(@QueryParam("topic") String topic, @QueryParam("limit") Integer limit,
                                  @Context SecurityContext context) {
        return curation.queue(AuthFilter.requireSession(context), topic, limit(limit)).stream()
                .map(item -> new QueueEntry(StoryResource.CardView.of(item.story()),
                        item.curationStatus(), item.queuedAt(), item.appealed(), item.nomination()))
                .toList();
    }

    /** A curator's verdict: distribute into a topic, not distribute with a reason, or Boost. */
    @POST
    @Path("curation/stories/{id}/review")
    public CurationService.View review(@PathParam("id") String id, CurationService.Review review,
                                       @Context SecurityContext context) {
        return curation.review(AuthFilter.requireSession(context), id, review);
    }

    /** The story's curation status and decision trail: its writer's and staff's eyes only. */
    @GET
    @Path("stories/{id}/curation")
    public CurationService.View view(@PathParam("id") String id, @Context SecurityContext context) {
        return curation.view(AuthFilter.requireUser(context), id);
    }

    /** The writer's one appeal of a story that is not distributed. */
    @POST
    @Path("stories/{id}/appeal")
    public CurationService.View appeal(@PathParam("id") String id, CurationService.Appeal appeal,
                                       @Context SecurityContext context) {
        return curation.appeal(AuthFilter.requireUser(context), id, appeal);
    }

    /** A curation list's size from the query: 50 when absent, 400 {@code invalid_limit} outside 1 to 100. */
    static int limit(Integer limit) {
        return ApiException.limit(limit, 50, MAX_LIMIT);
    }

    @GET
    @Path("admin/curation/settings")
    public CurationSettings settings(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return curation.settings();
    }

    /** Changes the review window; fields left out keep their value. */
    @PUT
    @Path("admin/curation/settings")
    public CurationSettings update(CurationSettings settings, @Context SecurityContext context) {
        return curation.update(AuthFilter.requireAdmin(context), settings);
    }
}
