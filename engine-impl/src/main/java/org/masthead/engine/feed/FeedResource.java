package org.masthead.engine.feed;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.masthead.api.content.Reason;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.story.StoryResource;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** Feeds over HTTP, each item with the active ranker's reasons, and the reader's "show less like this". */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedResource {
    private static final int MAX_LIMIT = 100;

    /**
     * A story in a feed.
     *
     * @param story   the story
     * @param reasons why it is there ("Why am I seeing this?"), most important first
     */
    public record Item(StoryResource.CardView story, List<Reason> reasons) {
    }

    /**
     * A story to see less like.
     *
     * @param storyId its public id
     */
    public record ShowLessRequest(String storyId) {
    }

    private final FeedService feeds;
    private final Readers readers;

    @Inject
    public FeedResource(FeedService feeds, Readers readers) {
        this.feeds = feeds;
        this.readers = readers;
    }

    /** {@code home} for anyone; {@code for-you} and {@code following} for the signed-in reader. */
    @GET
    @Path("feed/{surface}")
    public List<Item> feed(@PathParam("surface") String surface, @QueryParam("limit") Integer limit,
                           @Context SecurityContext context) {
        int size = ApiException.limit(limit, 20, MAX_LIMIT);
        List<FeedService.FeedItem> items = switch (surface) {
            case "home" -> feeds.home(size);
            case "for-you" -> feeds.forYou(AuthFilter.requireUser(context), size);
            case "following" -> feeds.following(AuthFilter.requireUser(context), size);
            default -> throw ApiException.notFound("feed");
        };
        return items.stream().map(item -> new Item(StoryResource.CardView.of(item.story()), item.reasons())).toList();
    }

    @GET
    @Path("me/feed/show-less")
    public Readers.ShownLess shownLess(@Context SecurityContext context) {
        return readers.shownLess(AuthFilter.requireUser(context));
    }

    /** "Show less like this": the story's writer and first topic count for less in your feeds. */
    @POST
    @Path("me/feed/show-less")
    public Readers.ShownLess showLess(ShowLessRequest request, @Context SecurityContext context) {
        CurrentUser user = AuthFilter.requireUser(context);
        ApiException.requireBody(request);
        if (request.storyId() == null || request.storyId().isBlank()) {
            throw ApiException.badRequest("missing_story", "name the story to see less like");
        }
        return readers.showLess(user, request.storyId());
    }

    @DELETE
    @Path("me/feed/show-less")
    public Response clear(@Context SecurityContext context) {
        readers.clearShowLess(AuthFilter.requireUser(context));
        return Response.noContent().build();
    }
}
