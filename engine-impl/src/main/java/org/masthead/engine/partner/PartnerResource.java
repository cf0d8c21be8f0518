package org.masthead.engine.partner;

import jakarta.inject.Inject;
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
import org.masthead.engine.account.UserService;
import org.masthead.engine.curation.CurationService;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** The Partner Program over HTTP: a writer's own enrolment, the admin's rules and enrolments, staff's blocks. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    /** An admin's enrolment of a writer by username. */
    public record AdminEnrolment(String user, String country, String payoutReference) {
    }

    /** Whether a story may earn, and if not why. */
    public record Earning(Boolean eligible, String reason) {
    }

    /** A story's earning status after a change. */
    public record StoryEarning(String id, boolean eligible, String reason) {
    }

    private final PartnerProgram program;
    private final StoryService stories;
    private final UserService users;

    @Inject
    public PartnerResource(PartnerProgram program, StoryService stories, UserService users) {
        this.program = program;
        this.stories = stories;
        this.users = users;
    }

    @GET
    @Path("me/partner-program")
    public PartnerProgram.Standing standing(@Context SecurityContext context) {
        return program.standing(AuthFilter.requireUser(context));
    }

    @POST
    @Path("me/partner-program")
    public Response enrol(PartnerProgram.Application application, @Context SecurityContext context) {
        return Response.status(201).entity(program.enrol(AuthFilter.requireUser(context), application)).build();
    }

    @DELETE
    @Path("me/partner-program")
    public Response leave(@Context SecurityContext context) {
        CurrentUser writer = AuthFilter.requireUser(context);
        program.leave(writer, writer.id(), writer.username());
        return Response.noContent().build();
    }

    @GET
    @Path("admin/partner-program")
    public PartnerRules rules(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return program.rules();
    }

    @PUT
    @Path("admin/partner-program")
    public PartnerRules updateRules(PartnerRules change, @Context SecurityContext context) {
        return program.updateRules(AuthFilter.requireAdmin(context), change);
    }

    @GET
    @Path("admin/partner-program/enrolments")
    public List<PartnerProgram.Enrolment> enrolments(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return program.enrolments();
    }

    @POST
    @Path("admin/partner-program/enrolments")
    public Response enrolWriter(AdminEnrolment enrolment, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        ApiException.requireBody(enrolment);
        return Response.status(201).entity(program.enrolByAdmin(admin, enrolment.user(),
                new PartnerProgram.Application(enrolment.country(), null, enrolment.payoutReference()))).build();
    }

    @DELETE
    @Path("admin/partner-program/enrolments/{user}")
    public Response remove(@PathParam("user") String username, @Context SecurityContext context) {
        CurrentUser admin = AuthFilter.requireAdmin(context);
        long userId = users.byUsername(username).orElseThrow(() -> ApiException.notFound("person")).id();
        program.leave(admin, userId, username);
        return Response.noContent().build();
    }

    /** Staff: {@code {"eligible":false,"reason":"undisclosed-ai"}} stops a story earning, {@code true} undoes it. */
    @PUT
    @Path("curation/stories/{id}/earning")
    public StoryEarning earning(@PathParam("id") String id, Earning earning, @Context SecurityContext context) {
        CurrentUser staff = AuthFilter.currentUser(context);
        CurationService.requireStaff(staff);
        ApiException.requireBody(earning);
        if (earning.eligible() == null) {
            throw ApiException.badRequest("invalid_eligible", "eligible must be true or false");
        }
        StoryRow story = stories.readableStory(id, staff);
        String reason = earning.eligible() ? null : earning.reason();
        if (!earning.eligible() && reason == null) {
            throw ApiException.badRequest("invalid_reason", "reason must be undisclosed-ai, platform-meta or"
                    + " guidelines");
        }
        program.block(staff, story, reason);
        return new StoryEarning(id, earning.eligible(), reason);
    }
}
