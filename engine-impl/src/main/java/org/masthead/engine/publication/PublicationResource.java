package org.masthead.engine.publication;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserService;
import org.masthead.engine.story.StoryResource;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/publications}: publications, contributors, submissions, requests and featured stories. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationResource {

    /**
     * A publication as the API shows it.
     *
     * @param id          public id
     * @param slug        URL name
     * @param name        name
     * @param tagline     tagline
     * @param description description
     */
    public record PublicationView(String id, String slug, String name, String tagline, String description) {
        static PublicationView of(PublicationRow row) {
            return new PublicationView(row.publicId(), row.slug(), row.name(), row.tagline(), row.description());
        }
    }

    /**
     * A contributor.
     *
     * @param userId   public id
     * @param username username
     * @param name     display name
     * @param role     {@code owner}, {@code editor} or {@code writer}
     */
    public record ContributorView(String userId, String username, String name, String role) {
    }

    /**
     * A new contributor.
     *
     * @param userId the person's public id
     * @param role   {@code writer} or {@code editor}
     */
    public record NewContributor(String userId, String role) {
    }

    /**
     * A story offered to, or asked for by, a publication.
     *
     * @param storyId the story's public id
     * @param note    a note for the other side
     */
    public record StoryNote(String storyId, String note) {
    }

    /**
     * An editor's decision.
     *
     * @param decision {@code accept}, {@code request_changes} or {@code decline}
     * @param note     a note for the writer
     */
    public record DecisionRequest(String decision, String note) {
    }

    /**
     * A writer's answer to a request.
     *
     * @param accept whether the writer adds the story
     */
    public record Answer(Boolean accept) {
    }

    /**
     * A submission as writers and editors see it.
     *
     * @param id              public id
     * @param state           state, such as {@code submitted}
     * @param note            the latest note
     * @param publicationId   publication's public id
     * @param publicationName publication's name
     * @param storyId         story's public id
     * @param storyTitle      story's title
     * @param writerId        writer's public id
     * @param writerUsername  writer's username
     * @param updatedAt       last change
     */
    public record SubmissionView(String id, String state, String note, String publicationId, String publicationName,
                                 String storyId, String storyTitle, String writerId, String writerUsername,
                                 Instant updatedAt) {
        static SubmissionView of(SubmissionMapper.SubmissionRow row) {
            return new SubmissionView(row.publicId(), row.state().toLowerCase(Locale.ROOT), row.note(),
                    row.publicationId(), row.publicationName(), row.storyId(), row.storyTitle(), row.writerId(),
                    row.writerUsername(), row.updatedAt());
        }
    }

    private final PublicationService publications;
    private final SubmissionService submissions;
    private final StoryService stories;
    private final UserService users;

    @Inject
    public PublicationResource(PublicationService publications, SubmissionService submissions, StoryService stories,
                               UserService users) {
        this.publications = publications;
        this.submissions = submissions;
        this.stories = stories;
        this.users = users;
    }

    @POST
    @Path("publications")
    public Response create(PublicationService.NewPublication request, @Context SecurityContext context) {
        PublicationRow row = publications.create(AuthFilter.requireSession(context), request);
        return Response.status(201).entity(PublicationView.of(row)).build();
    }

    @GET
    @Path("publications/{id}")
    public PublicationView get(@PathParam("id") String id) {
        return publications.find(id).map(PublicationView::of).orElseThrow(() -> ApiException.notFound("publication"));
    }

    @PATCH
    @Path("publications/{id}")
    public PublicationView update(@PathParam("id") String id, PublicationService.Settings settings,
                                  @Context SecurityContext context) {
        return PublicationView.of(publications.updateSettings(AuthFilter.requireSession(context), id, settings));
    }

    @DELETE
    @Path("publications/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext context) {
        publications.delete(AuthFilter.requireSession(context), id);
        return Response.noContent().build();
    }

    @GET
    @Path("publications/{id}/contributors")
    public List<ContributorView> contributors(@PathParam("id") String id) {
        return publications.contributors(id).stream().map(row -> new ContributorView(row.userId(), row.username(),
                row.displayName(), row.memberRole().toLowerCase(Locale.ROOT))).toList();
    }

    @POST
    @Path("publications/{id}/contributors")
    public Response addContributor(@PathParam("id") String id, NewContributor request,
                                   @Context SecurityContext context) {
        CurrentUser actor = AuthFilter.requireSession(context);
        if (ApiException.requireBody(request).userId() == null || request.role() == null) {
            throw ApiException.badRequest("missing_field", "userId and role are required");
        }
        PublicationRole role;
        try {
            role = PublicationRole.valueOf(request.role().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_role", "role must be writer or editor");
        }
        publications.addContributor(actor, id, userId(request.userId()), role);
        return Response.status(201).entity(request).build();
    }

    @DELETE
    @Path("publications/{id}/contributors/{userId}")
    public Response removeContributor(@PathParam("id") String id, @PathParam("userId") String userId,
                                      @Context SecurityContext context) {
        publications.removeContributor(AuthFilter.requireSession(context), id, userId(userId));
        return Response.noContent().build();
    }

    @POST
    @Path("publications/{id}/submissions")
    public Response submit(@PathParam("id") String id, StoryNote request, @Context SecurityContext context) {
        CurrentUser writer = AuthFilter.requireSession(context);
        ApiException.requireBody(request);
        return Response.status(201).entity(SubmissionView.of(
                submissions.submit(writer, id, request.storyId(), request.note()))).build();
    }

    @GET
    @Path("publications/{id}/submissions")
    public List<SubmissionView> queue(@PathParam("id") String id, @QueryParam("state") String state,
                                      @Context SecurityContext context) {
        return submissions.queue(AuthFilter.requireSession(context), id, state).stream().map(SubmissionView::of)
                .toList();
    }

    @POST
    @Path("publications/{id}/submissions/{submissionId}/decision")
    public SubmissionView decide(@PathParam("id") String id, @PathParam("submissionId") String submissionId,
                                 DecisionRequest request, @Context SecurityContext context) {
        CurrentUser editor = AuthFilter.requireSession(context);
        ApiException.requireBody(request);
        SubmissionService.Decision decision;
        try {
            decision = SubmissionService.Decision.valueOf(String.valueOf(request.decision()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        return SubmissionView.of(submissions.decide(editor, id, submissionId, decision, request.note()));
    }

    @POST
    @Path("publications/{id}/requests")
    public Response request(@PathParam("id") String id, StoryNote request, @Context SecurityContext context) {
        CurrentUser editor = AuthFilter.requireSession(context);
        ApiException.requireBody(request);
        return Response.status(201).entity(SubmissionView.of(
                submissions.request(editor, id, request.storyId(), request.note()))).build();
    }

    @GET
    @Path("me/submissions")
    public List<SubmissionView> mySubmissions(@Context SecurityContext context) {
        return submissions.mine(AuthFilter.requireSession(context)).stream().map(SubmissionView::of).toList();
    }

    @POST
    @Path("me/submissions/{submissionId}/answer")
    public SubmissionView answer(@PathParam("submissionId") String submissionId, Answer answer,
                                 @Context SecurityContext context) {
        CurrentUser writer = AuthFilter.requireSession(context);
        if (ApiException.requireBody(answer).accept() == null) {
            throw ApiException.badRequest("missing_field", "accept is required");
        }
        return SubmissionView.of(submissions.answerRequest(writer, submissionId, answer.accept()));
    }

    @PUT
    @Path("publications/{id}/featured/{storyId}")
    public Response feature(@PathParam("id") String id, @PathParam("storyId") String storyId,
                            @Context SecurityContext context) {
        CurrentUser editor = AuthFilter.requireSession(context);
        PublicationRow publication = publications.require(editor, id, Permission.FEATURE_POSTS);
        StoryRow story = stories.readableStory(storyId, editor);
        if (!story.isReadable() || story.publicationId() == null || story.publicationId() != publication.id()) {
            throw ApiException.badRequest("not_in_publication", "only published stories of this publication can be featured");
        }
        publications.feature(editor, id, story.id());
        return Response.noContent().build();
    }

    @DELETE
    @Path("publications/{id}/featured/{storyId}")
    public Response unfeature(@PathParam("id") String id, @PathParam("storyId") String storyId,
                              @Context SecurityContext context) {
        CurrentUser editor = AuthFilter.requireSession(context);
        publications.unfeature(editor, id, stories.readableStory(storyId, editor).id());
        return Response.noContent().build();
    }

    @GET
    @Path("publications/{id}/featured")
    public List<StoryResource.CardView> featured(@PathParam("id") String id) {
        return StoryResource.CardView.of(stories.cards(publications.featured(id)));
    }

    private long userId(String publicId) {
        return users.byPublicId(publicId).orElseThrow(() -> ApiException.notFound("user")).id();
    }
}
