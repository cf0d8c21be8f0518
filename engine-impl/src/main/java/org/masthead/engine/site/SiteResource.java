package org.masthead.engine.site;

import org.masthead.engine.web.WebComponent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.feed.FeedService;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;

/** The reader site's pages. */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SiteResource {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int HOME_SIZE = 30;

    /**
     * A story in a list.
     *
     * @param title       title
     * @param subtitle    subtitle
     * @param url         page path
     * @param author      writer's name
     * @param date        publication date
     * @param readingTime minutes
     * @param reason      why it is shown
     */
    public record Card(String title, String subtitle, String url, String author, String date, int readingTime,
                       String reason) {
    }

    /**
     * A story page.
     *
     * @param title       title
     * @param subtitle    subtitle
     * @param author      writer's name
     * @param date        publication date
     * @param readingTime minutes
     * @param tags        tags
     * @param body        the sanitized body
     */
    public record StoryPage(String title, String subtitle, String author, String date, int readingTime,
                            List<String> tags, TrustedHtml body) {
    }

    private final FeedService feeds;
    private final StoryService stories;
    private final Templates templates;
    private final String siteName;

    @Inject
    public SiteResource(FeedService feeds, StoryService stories, Templates templates,
                        @Named("siteName") String siteName) {
        this.feeds = feeds;
        this.stories = stories;
        this.templates = templates;
        this.siteName = siteName;
    }

    @GET
    public String home() {
        List<Card> cards = feeds.home(HOME_SIZE).stream().map(item -> {
            StoryCard story = item.story();
            return new Card(story.row().title(), story.row().subtitle(), story.path(), story.row().authorName(),
                    date(story.row().firstPublishedAt()), story.readingMinutes(),
                    item.reasons().isEmpty() ? "" : item.reasons().get(0).message());
        }).toList();
        return templates.render("home.vm", Map.of("site", siteName, "title", siteName, "cards", cards));
    }

    @GET
    @Path("@{username}/{slugAndId}")
    public Response story(@PathParam("username") String username, @PathParam("slugAndId") String slugAndId,
                          @Context SecurityContext context) {
        String id = slugAndId.substring(slugAndId.lastIndexOf('-') + 1);
        CurrentUser viewer = AuthFilter.currentUser(context);
        StoryService.Story story = stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story"));
        String path = story.card().path();
        if (!path.equals("/@" + username + "/" + slugAndId)) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(path)).build();
        }
        StoryPage page = new StoryPage(story.row().title(), story.row().subtitle(), story.author().displayName(),
                story.row().firstPublishedAt() == null ? "Draft" : date(story.row().firstPublishedAt()),
                story.card().readingMinutes(), story.tags(), new TrustedHtml(story.row().bodyHtml()));
        return Response.ok(templates.render("story.vm", Map.of("site", siteName, "title", page.title(),
                "story", page))).build();
    }

    private static String date(Instant instant) {
        return DATE.format(instant);
    }
}
