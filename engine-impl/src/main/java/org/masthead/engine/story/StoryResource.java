package org.masthead.engine.story;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.masthead.api.content.CurationStatus;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.Scope;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;

/** {@code /api/v1/stories}: write drafts, publish them, read them. */
@Path("/api/v1/stories")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

    /**
     * A story as the API shows it. Curation fields are shown only to the story's writer.
     *
     * @param id                 public id
     * @param title              title
     * @param subtitle           subtitle
     * @param authorId           writer's public id
     * @param publicationId      publication's public id, if any
     * @param tags               tags
     * @param status             {@code draft} or {@code published}
     * @param url                path of its page on the site
     * @param html               sanitized body
     * @param wordCount          words
     * @param readingTime        minutes
     * @param firstPublishedAt   first publication time
     * @param curationStatus     Medium's curation status name (writer only)
     * @param curationEligibleAt epoch ms of eligibility, 0 for never (writer only)
     */
    public record StoryView(String id, String title, String subtitle, String authorId, String publicationId,
                            List<String> tags, String status, String url, String html, int wordCount,
                            int readingTime, Instant firstPublishedAt, String curationStatus,
                            Long curationEligibleAt) {

        static StoryView of(StoryService.Story story, boolean forWriter) {
            StoryRow row = story.row();
            StoryCard card = story.card();
            return new StoryView(row.publicId(), row.title(), row.subtitle(), story.author().publicId(),
                    story.publication(), story.tags(), row.status().toLowerCase(java.util.Locale.ROOT), card.path(),
                    row.bodyHtml(), row.wordCount(), card.readingMinutes(), row.firstPublishedAt(),
                    forWriter ? CurationStatus.valueOf(row.curationStatus()).wireName() : null,
                    forWriter ? (row.curationEligibleAt() == null ? 0L : row.curationEligibleAt().toEpochMilli()) : null);
        }
    }

    private final StoryService stories;

    @Inject
    public StoryResource(StoryService stories) {
        this.stories = stories;
    }

    @POST
    public Response create(StoryService.Draft draft, @Context SecurityContext context) {
        StoryService.Story story = stories.create(AuthFilter.requireUser(context, Scope.PUBLISH_POST), draft);
        return Response.status(201).entity(StoryView.of(story, true)).build();
    }

    @POST
    @Path("{id}/publish")
    public StoryView publish(@PathParam("id") String id, @Context SecurityContext context) {
        return StoryView.of(stories.publish(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id), true);
    }

    @GET
    @Path("{id}")
    public StoryView get(@PathParam("id") String id, @Context SecurityContext context) {
        CurrentUser viewer = context.getUserPrincipal() instanceof CurrentUser user ? user : null;
        StoryService.Story story = stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story"));
        return StoryView.of(story, viewer != null && viewer.id() == story.row().authorId());
    }
}
