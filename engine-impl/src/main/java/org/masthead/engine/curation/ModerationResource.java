package org.masthead.engine.curation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.PeopleAdminResource;
import org.masthead.engine.account.UserService;
import org.masthead.engine.story.StoryResource;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** Moderation over HTTP, for curators and admins: reported stories, decisions on them, account suspensions. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

    /**
     * A reported story.
     *
     * @param story           the story
     * @param moderation      {@code none}, {@code network_hidden} or {@code site_hidden}
     * @param openReports     reports waiting for a decision
     * @param firstReportedAt when the oldest of them was made
     */
    public record ReportedEntry(StoryResource.CardView story, String moderation, int openReports,
                                Instant firstReportedAt) {
    }

    /**
     * A suspension.
     *
     * @param note why, and how to appeal: the person reads it when signing in
     */
    public record Suspension(String note) {
    }

    private final ModerationService moderation;
    private final UserService users;

    @Inject
    public ModerationResource(ModerationService moderation, UserService users) {
        this.moderation = moderation;
        this.users = users;
    }

    /** Stories with open reports, the longest waiting first. */
    @GET
    @Path("curation/reports")
    public List<ReportedEntry> queue(@QueryParam("limit") Integer limit, @Context SecurityContext context) {
        return moderation.queue(AuthFilter.requireSession(context), CurationResource.limit(limit)).stream()
                .map(item -> new ReportedEntry(StoryResource.CardView.of(item.story()), item.moderation(),
                        item.openReports(), item.firstReportedAt()))
                .toList();
    }

    @GET
    @Path("curation/stories/{id}/reports")
    public List<ModerationService.Report> reports(@PathParam("id") String id, @Context SecurityContext context) {
        return moderation.reports(AuthFilter.requireSession(context), id);
    }

    /** Dismiss the reports, hide the story from the network or the site, or restore it. */
    @POST
    @Path("curation/stories/{id}/moderation")
    public CurationService.View decide(@PathParam("id") String id, ModerationService.Decision decision,
                                       @Context SecurityContext context) {
        return moderation.decide(AuthFilter.requireSession(context), id, decision);
    }

    @POST
    @Path("curation/users/{id}/suspension")
    public PeopleAdminResource.Person suspend(@PathParam("id") String id, Suspension suspension,
                                              @Context SecurityContext context) {
        CurrentUser staff = AuthFilter.requireSession(context);
        CurationService.requireStaff(staff);
        return PeopleAdminResource.Person.of(users.suspend(staff, id, suspension == null ? null : suspension.note()));
    }

    @DELETE
    @Path("curation/users/{id}/suspension")
    public PeopleAdminResource.Person unsuspend(@PathParam("id") String id, @Context SecurityContext context) {
        CurrentUser staff = AuthFilter.requireSession(context);
        CurationService.requireStaff(staff);
        return PeopleAdminResource.Person.of(users.unsuspend(staff, id));
    }
}
