package org.masthead.engine.social;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.time.Instant;
import java.util.List;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.social.ReadingListMapper.ListRow;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /api/v1/lists}: readers' reading lists. */
@Path("/api/v1/lists")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReadingListResource {

    /**
     * A new list.
     *
     * @param name        its name, 1 to 100 characters
     * @param description what it is about, optional, up to 280 characters
     * @param visible     {@code "public"}: whether others may see it; private when absent
     */
    public record NewList(String name, String description, @JsonProperty("public") Boolean visible) {
    }

    /**
     * A list as the API shows it.
     *
     * @param id          public id
     * @param ownerId     its owner's public id
     * @param name        name
     * @param description description
     * @param visible     {@code "public"}: whether others may see it
     * @param readingList whether it is the owner's default Reading list, where bookmarks go
     * @param storyCount  stories in it
     * @param createdAt   when it was made
     * @param stories     its stories, the latest added first; only when one list is read
     */
    public record ListView(String id, String ownerId, String name, String description,
                           @JsonProperty("public") boolean visible, boolean readingList, int storyCount,
                           Instant createdAt, List<ListedStoryView> stories) {

        static ListView of(ReadingListService.Summary summary) {
            return of(summary, null);
        }

        static ListView of(ReadingListService.Summary summary, List<ListedStoryView> stories) {
            ListRow row = summary.row();
            return new ListView(row.publicId(), summary.ownerId(), row.name(), row.description(), row.isPublic(),
                    row.isReadingList(), summary.storyCount(), row.createdAt(), stories);
        }
    }

    /**
     * A story in a list.
     *
     * @param id          public id
     * @param title       title
     * @param subtitle    subtitle
     * @param url         path of its page
     * @param authorId    writer's public id
     * @param authorName  writer's display name
     * @param readingTime minutes
     * @param addedAt     when it was added to the list
     */
    public record ListedStoryView(String id, String title, String subtitle, String url, String authorId,
                                  String authorName, int readingTime, Instant addedAt) {

        static ListedStoryView of(ReadingListService.ListedStory listed) {
            StoryCard card = listed.story();
            StoryCard.Row row = card.row();
            return new ListedStoryView(row.publicId(), row.title(), row.subtitle(), card.path(),
                    row.authorPublicId(), row.authorName(), card.readingMinutes(), listed.addedAt());
        }
    }

    /**
     * The signed-in person's lists.
     *
     * @param lists the Reading list first, then the others, oldest first
     */
    public record ListsView(List<ListView> lists) {
    }

    private final ReadingListService lists;

    @Inject
    public ReadingListResource(ReadingListService lists) {
        this.lists = lists;
    }

    @POST
    public Response create(NewList request, @Context SecurityContext context) {
        CurrentUser owner = AuthFilter.requireUser(context);
        ApiException.requireBody(request);
        ReadingListService.Summary created = lists.create(owner, request.name(), request.description(),
                Boolean.TRUE.equals(request.visible()));
        return Response.status(201).entity(ListView.of(created)).build();
    }

    @GET
    public ListsView mine(@Context SecurityContext context) {
        return new ListsView(lists.mine(AuthFilter.requireUser(context)).stream().map(ListView::of).toList());
    }

    @GET
    @Path("{id}")
    public ListView get(@PathParam("id") String id, @Context SecurityContext context) {
        ReadingListService.Detail detail = lists.get(
                context.getUserPrincipal() instanceof CurrentUser user ? user : null, id);
        return ListView.of(detail.summary(), detail.stories().stream().map(ListedStoryView::of).toList());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext context) {
        lists.delete(AuthFilter.requireUser(context), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/stories/{storyId}")
    public ListView add(@PathParam("id") String id, @PathParam("storyId") String storyId,
                        @Context SecurityContext context) {
        return ListView.of(lists.setListed(AuthFilter.requireUser(context), id, storyId, true));
    }

    @DELETE
    @Path("{id}/stories/{storyId}")
    public ListView remove(@PathParam("id") String id, @PathParam("storyId") String storyId,
                           @Context SecurityContext context) {
        return ListView.of(lists.setListed(AuthFilter.requireUser(context), id, storyId, false));
    }
}
