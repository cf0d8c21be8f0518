package org.masthead.engine.story;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.masthead.api.content.CurationStatus;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.Scope;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/stories}: write and edit drafts, publish them, respond to stories, read them. */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

    /**
     * A story as the API shows it. Curation fields, the version and the schedule are shown only to its writer.
     *
     * @param id                 public id
     * @param title              title
     * @param subtitle           subtitle
     * @param authorId           writer's public id
     * @param publicationId      publication's public id, if any
     * @param parentId           the story this responds to, if it is a response
     * @param tags               tags
     * @param status             {@code draft}, {@code scheduled}, {@code published} or {@code unlisted}
     * @param url                path of its page on the site
     * @param html               sanitized body; absent when the story is member-only and the reader is not
     *                           a member, its writer, staff, or holding its friend link ({@code ?sk=})
     * @param wordCount          words
     * @param readingTime        minutes
     * @param license            license name
     * @param licenseUrl         license text, empty for all rights reserved
     * @param canonicalUrl       where it first appeared, if elsewhere
     * @param memberOnly         whether it is behind the paywall
     * @param firstPublishedAt   first publication time
     * @param version            the version an edit must name (writer only)
     * @param publishAt          scheduled publication time (writer only)
     * @param nsfw               whether the writer marked it as not safe for work
     * @param aiDisclosed        whether the writer disclosed AI-generated content in it
     * @param curationStatus     Medium's curation status name (writer and staff only)
     * @param curationEligibleAt epoch ms of eligibility, 0 for never (writer and staff only)
     * @param primaryTopic       the topic curators distributed it into (writer and staff only)
     * @param paywalled          whether {@code html} is withheld by the paywall
     */
    public record StoryView(String id, String title, String subtitle, String authorId, String publicationId,
                            String parentId, List<String> tags, String status, String url, String html, int wordCount,
                            int readingTime, String license, String licenseUrl, String canonicalUrl,
                            boolean memberOnly, Instant firstPublishedAt, Integer version, Instant publishAt,
                            boolean nsfw, boolean aiDisclosed, String curationStatus, Long curationEligibleAt,
                            String primaryTopic, boolean paywalled) {

        /**
         * The story as {@code forWriter} (its writer: the version to edit) and {@code curation} (its writer or
         * staff: Medium's curation fields) may see it.
         */
        static StoryView of(StoryService.Story story, boolean forWriter, boolean curation, String parentId,
                            boolean paywalled) {
            StoryRow row = story.row();
            StoryCard card = story.card();
            return new StoryView(row.publicId(), row.title(), row.subtitle(), story.author().publicId(),
                    story.publication(), parentId, story.tags(), row.status().toLowerCase(java.util.Locale.ROOT),
                    card.path(), paywalled ? null : row.bodyHtml(), row.wordCount(), card.readingMinutes(), story.license().wireName(),
                    story.license().url(), row.canonicalUrl(), row.memberOnly(), row.firstPublishedAt(),
                    forWriter ? row.rowVersion() : null, forWriter ? row.publishAt() : null,
                    row.nsfw(), row.aiDisclosed(),
                    curation ? CurationStatus.valueOf(row.curationStatus()).wireName() : null,
                    curation ? (row.curationEligibleAt() == null ? 0L : row.curationEligibleAt().toEpochMilli()) : null,
                    curation ? row.primaryTopic() : null, paywalled);
        }
    }

    /**
     * A story in a list.
     *
     * @param id               public id
     * @param title            title
     * @param subtitle         subtitle
     * @param url              path of its page
     * @param authorId         writer's public id
     * @param authorName       writer's name
     * @param tags             tags
     * @param readingTime      minutes
     * @param firstPublishedAt first publication time, if published
     */
    public record CardView(String id, String title, String subtitle, String url, String authorId, String authorName,
                           List<String> tags, int readingTime, Instant firstPublishedAt) {
        public static CardView of(StoryCard card) {
            StoryCard.Row row = card.row();
            return new CardView(row.publicId(), row.title(), row.subtitle(), card.path(), row.authorPublicId(),
                    row.authorName(), card.tags(), card.readingMinutes(), row.firstPublishedAt());
        }

        public static List<CardView> of(List<StoryCard> cards) {
            return cards.stream().map(CardView::of).toList();
        }
    }

    private final StoryService stories;
    private final ReadAccess access;

    @Inject
    public StoryResource(StoryService stories, ReadAccess access) {
        this.stories = stories;
        this.access = access;
    }

    @POST
    @Path("stories")
    public Response create(StoryService.Draft draft, @Context SecurityContext context) {
        StoryService.Story story = stories.create(AuthFilter.requireUser(context, Scope.PUBLISH_POST), draft);
        return Response.status(201).entity(view(story, true)).build();
    }

    @PATCH
    @Path("stories/{id}")
    public StoryView edit(@PathParam("id") String id, StoryService.Edit edit, @Context SecurityContext context) {
        return view(stories.edit(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id, edit), true);
    }

    @POST
    @Path("stories/{id}/publish")
    public StoryView publish(@PathParam("id") String id, StoryService.Publishing publishing,
                             @Context SecurityContext context) {
        return view(stories.publish(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id, publishing), true);
    }

    @POST
    @Path("stories/{id}/unpublish")
    public StoryView unpublish(@PathParam("id") String id, @Context SecurityContext context) {
        return view(stories.unpublish(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id), true);
    }

    @DELETE
    @Path("stories/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext context) {
        stories.delete(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id);
        return Response.noContent().build();
    }

    @GET
    @Path("stories/{id}")
    public StoryView get(@PathParam("id") String id, @QueryParam("sk") String friendKey,
                         @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        StoryService.Story story = stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story"));
        boolean writer = viewer != null && viewer.id() == story.row().authorId();
        return StoryView.of(story, writer, writer || viewer != null && viewer.role() != StaffRole.NONE,
                stories.parentPublicId(story.row()), !access.mayRead(story.row(), viewer, friendKey));
    }

    @GET
    @Path("stories/{id}/revisions")
    public List<StoryMapper.RevisionRow> revisions(@PathParam("id") String id, @Context SecurityContext context) {
        return stories.revisions(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id);
    }

    @POST
    @Path("stories/{id}/responses")
    public Response respond(@PathParam("id") String id, StoryService.Draft draft, @Context SecurityContext context) {
        StoryService.Story response = stories.respond(AuthFilter.requireUser(context, Scope.PUBLISH_POST), id, draft);
        return Response.status(201).entity(view(response, true)).build();
    }

    @GET
    @Path("stories/{id}/responses")
    public List<CardView> responses(@PathParam("id") String id, @Context SecurityContext context) {
        return CardView.of(stories.responses(id, AuthFilter.currentUser(context)));
    }

    @GET
    @Path("me/stories")
    public List<CardView> mine(@QueryParam("status") String status, @Context SecurityContext context) {
        return CardView.of(stories.mine(AuthFilter.requireUser(context, Scope.PUBLISH_POST), status));
    }

    private StoryView view(StoryService.Story story, boolean forWriter) {
        return StoryView.of(story, forWriter, forWriter, stories.parentPublicId(story.row()), false);
    }
}
