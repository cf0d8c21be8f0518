package org.masthead.engine.social;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * {@code /api/v1/stories/{id}/…}: claps, paragraphs and highlights, bookmarks, reports and the writer's stats of a
 * story. Its root is the story resource's, so that JAX-RS merges the two (see {@link SocialResource}).
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryEngagementResource {

    /**
     * A story's paragraphs.
     *
     * @param paragraphs in reading order
     */
    public record ParagraphsView(List<HighlightService.ParagraphView> paragraphs) {
    }

    /**
     * A reader's highlights of a story.
     *
     * @param highlights in reading order
     */
    public record HighlightsView(List<HighlightService.Highlight> highlights) {
    }

    /**
     * A story's most highlighted passages.
     *
     * @param passages most highlighted first
     */
    public record PassagesView(List<HighlightService.Passage> passages) {
    }

    private final ClapService claps;
    private final HighlightService highlights;
    private final ReadingListService lists;
    private final ReportService reports;
    private final StatsService stats;

    @Inject
    public StoryEngagementResource(ClapService claps, HighlightService highlights, ReadingListService lists,
                                   ReportService reports, StatsService stats) {
        this.claps = claps;
        this.highlights = highlights;
        this.lists = lists;
        this.reports = reports;
        this.stats = stats;
    }

    @GET
    @Path("stories/{id}/claps")
    public ClapService.Totals claps(@PathParam("id") String id, @Context SecurityContext context) {
        return claps.totals(id, context.getUserPrincipal() instanceof CurrentUser user ? user : null);
    }

    @POST
    @Path("stories/{id}/claps")
    public ClapService.Totals clap(@PathParam("id") String id, ClapService.Claps request,
                                   @Context SecurityContext context) {
        return claps.clap(AuthFilter.requireUser(context), id, request);
    }

    @GET
    @Path("stories/{id}/paragraphs")
    public ParagraphsView paragraphs(@PathParam("id") String id) {
        return new ParagraphsView(highlights.paragraphs(id));
    }

    @POST
    @Path("stories/{id}/highlights")
    public Response highlight(@PathParam("id") String id, HighlightService.NewHighlight request,
                              @Context SecurityContext context) {
        HighlightService.Saved saved = highlights.highlight(AuthFilter.requireUser(context), id, request);
        return Response.status(saved.created() ? 201 : 200).entity(saved.highlight()).build();
    }

    @GET
    @Path("stories/{id}/highlights")
    public HighlightsView myHighlights(@PathParam("id") String id, @Context SecurityContext context) {
        return new HighlightsView(highlights.mine(AuthFilter.requireUser(context), id));
    }

    @GET
    @Path("stories/{id}/highlights/top")
    public PassagesView topHighlights(@PathParam("id") String id, @Context SecurityContext context) {
        return new PassagesView(highlights.top(AuthFilter.requireUser(context), id));
    }

    @PUT
    @Path("stories/{id}/bookmark")
    public ReadingListResource.ListView bookmark(@PathParam("id") String id, @Context SecurityContext context) {
        return ReadingListResource.ListView.of(lists.setBookmarked(AuthFilter.requireUser(context), id, true));
    }

    @DELETE
    @Path("stories/{id}/bookmark")
    public ReadingListResource.ListView unbookmark(@PathParam("id") String id, @Context SecurityContext context) {
        return ReadingListResource.ListView.of(lists.setBookmarked(AuthFilter.requireUser(context), id, false));
    }

    @POST
    @Path("stories/{id}/reports")
    public Response report(@PathParam("id") String id, ReportService.NewReport request,
                           @Context SecurityContext context) {
        return Response.status(201).entity(reports.report(AuthFilter.requireUser(context), id, request)).build();
    }

    @GET
    @Path("stories/{id}/stats")
    public StatsService.StoryStats stats(@PathParam("id") String id, @Context SecurityContext context) {
        return stats.of(AuthFilter.requireUser(context), id);
    }
}
