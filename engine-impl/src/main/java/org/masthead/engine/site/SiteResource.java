package org.masthead.engine.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.curation.StaffPicks;
import org.masthead.engine.feed.FeedService;
import org.masthead.engine.paywall.Paywall;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.reading.PageViews;
import org.masthead.engine.social.ClapService;
import org.masthead.engine.social.FollowService;
import org.masthead.engine.story.Markup;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.PageCache;
import org.masthead.engine.web.WebComponent;
import org.owasp.html.Encoding;

/** The reader site's home page and story pages. */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SiteResource {
    private static final int HOME_SIZE = 30;
    private static final int MORE_FROM = 3;
    private static final int STAFF_PICKS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stands for the reader's view token in a rendered page; letters only, so escaping leaves it alone. */
    private static final String VIEW_TOKEN = "MASTHEADVIEWTOKEN";
    /** Stands for the paywall's note to this reader (free stories left, a friend link) in a rendered page. */
    private static final String METER_NOTICE = "MASTHEADMETERNOTICE";

    /**
     * A story page.
     *
     * @param id              public id
     * @param title           title
     * @param subtitle        subtitle
     * @param author          the writer
     * @param publication     its publication, or {@code null}
     * @param date            publication date as shown, or "Draft"
     * @param readingTime     minutes
     * @param tags            tags
     * @param body            the sanitized body
     * @param memberOnly      whether it is for members
     * @param claps           total claps
     * @param yourClaps       the viewer's claps (0 when signed out)
     * @param responses       published responses, oldest first, with their text
     * @param moreFromAuthor  other stories by the writer
     * @param moreFromPublication other stories of the publication
     * @param recommended     stories on its topics by other writers, as the ranker recommends them
     * @param editable        whether the viewer may edit it
     * @param friendLink      its friend link, for its writer when it is member-only; else empty
     */
    public record StoryView(String id, String title, String subtitle, Person author, Publication publication,
                            String date, int readingTime, List<String> tags, TrustedHtml body, boolean memberOnly,
                            long claps, int yourClaps, List<ResponseView> responses, List<Pages.Card> moreFromAuthor,
                            List<Pages.Card> moreFromPublication, List<Pages.Card> recommended, boolean editable,
                            String friendLink) {
    }

    /**
     * A response under a story.
     *
     * @param author    the responder's name
     * @param authorUrl their profile path
     * @param date      when
     * @param body      the sanitized response
     */
    public record ResponseView(String author, String authorUrl, String date, TrustedHtml body) {
    }

    /**
     * A writer as a story page shows them.
     *
     * @param id        public id
     * @param username  username
     * @param name      display name
     * @param bio       bio
     * @param followers follower count
     * @param following whether the viewer follows them
     */
    public record Person(String id, String username, String name, String bio, long followers, boolean following) {
    }

    /**
     * A publication as a story page shows it.
     *
     * @param id        public id
     * @param slug      URL name
     * @param name      name
     * @param tagline   tagline
     * @param followers follower count
     * @param following whether the viewer follows it
     */
    public record Publication(String id, String slug, String name, String tagline, long followers,
                              boolean following) {
    }

    private final FeedService feeds;
    private final StoryService stories;
    private final PublicationService publications;
    private final ClapService claps;
    private final FollowService follows;
    private final Pages pages;
    private final PageCache cache;
    private final PageViews pageViews;
    private final StaffPicks staffPicks;
    private final Paywall paywall;

    /**
     * A rendered story page with a placeholder where each reader's own view token goes.
     *
     * @param html  the page, or {@code null} when the path is not the story's own and needs a redirect
     * @param story the story, for the view token
     */
    private record RenderedStory(String html, StoryRow story) {
    }

    @Inject
    public SiteResource(FeedService feeds, StoryService stories, PublicationService publications, ClapService claps,
                        FollowService follows, Pages pages, PageCache cache, PageViews pageViews,
                        StaffPicks staffPicks, Paywall paywall) {
        this.staffPicks = staffPicks;
        this.paywall = paywall;
        this.cache = cache;
        this.pageViews = pageViews;
        this.feeds = feeds;
        this.stories = stories;
        this.publications = publications;
        this.claps = claps;
        this.follows = follows;
        this.pages = pages;
    }

    /** Signed out: the ranked home feed. Signed in: the For You or Following tab. */
    @GET
    public String home(@QueryParam("feed") String tab, @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        return cache.page(viewer, "/", () -> homePage(viewer, tab));
    }

    private String homePage(CurrentUser viewer, String tab) {
        boolean following = viewer != null && "following".equals(tab);
        List<FeedService.FeedItem> items = viewer == null ? cache.shared("feed:home", () -> feeds.home(HOME_SIZE))
                : following ? cache.personal(viewer, "following", () -> feeds.following(viewer, HOME_SIZE))
                : cache.personal(viewer, "for-you", () -> feeds.forYou(viewer, HOME_SIZE));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cards", Pages.cards(items));
        model.put("staffPicks", viewer == null ? Pages.plainCards(cache.shared("staff-picks",
                () -> staffPicks.newest(STAFF_PICKS))) : List.of());
        model.put("tab", viewer == null ? "" : following ? "following" : "for-you");
        model.put("surface", viewer == null ? "home" : following ? "following" : "for_you");
        return pages.render("home.vm", "", viewer, Page.Meta.of("", pages.absolute("/")), model);
    }

    /** The plans and how to join: where the paywall's note sends a reader. */
    @GET
    @Path("membership")
    public String membership(@Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        return pages.render("membership.vm", "Membership", viewer, Page.Meta.of("", pages.absolute("/membership")),
                Map.of("paywall", paywall.offer(viewer)));
    }

    @GET
    @Path("@{username}/{slugAndId}")
    public Response story(@PathParam("username") String username, @PathParam("slugAndId") String slugAndId,
                          @Context SecurityContext context, @Context HttpHeaders headers, @Context UriInfo uri) {
        String id = slugAndId.substring(slugAndId.lastIndexOf('-') + 1);
        CurrentUser viewer = AuthFilter.currentUser(context);
        String requested = "/@" + username + "/" + slugAndId;
        // A cached page was rendered for exactly this path, so it needs no redirect check.
        RenderedStory rendered = cache.page(viewer, requested, () -> {
            SharedStory shared = shared(id, viewer);
            StoryService.Story story = shared.story();
            return new RenderedStory(story.card().path().equals(requested) ? storyPage(shared, viewer) : null,
                    story.row());
        });
        if (rendered.html() == null) {
            StoryService.Story story = stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story"));
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(story.card().path()))
                    .build();
        }
        Paywall.Access access = paywall.access(rendered.story(), viewer,
                uri.getQueryParameters().getFirst(Paywall.FRIEND_KEY), headers.getCookies().get(Paywall.METER_COOKIE),
                context.isSecure());
        if (!access.open()) {
            String html = cache.page(viewer, requested + "#paywall", () -> paywallPage(shared(id, viewer), viewer));
            Response.ResponseBuilder gated = Response.ok(html);
            return (access.cookie() == null ? gated : gated.cookie(access.cookie())).build();
        }
        // Each reader gets a view token of their own, also on a page rendered once for every signed-out reader.
        PageViews.StoryPageView view = pageViews.storyPage(rendered.story(), context, headers, uri);
        Response.ResponseBuilder response = Response.ok(rendered.html().replace(VIEW_TOKEN, view.viewToken())
                .replace(METER_NOTICE, meterNotice(access)));
        for (NewCookie cookie : new NewCookie[] {view.readerCookie(), access.cookie()}) {
            if (cookie != null) {
                response.cookie(cookie);
            }
        }
        return response.build();
    }

    private SharedStory shared(String id, CurrentUser viewer) {
        SharedStory shared = cache.shared("story:" + id, () -> stories.find(id, null).map(this::sharedStory)
                .orElse(null));
        // Not public (a draft its writer previews): nothing to share.
        return shared != null ? shared
                : sharedStory(stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story")));
    }

    /** The reader's note from the paywall: plain text with numbers only, so it needs no escaping. */
    private static String meterNotice(Paywall.Access access) {
        return switch (access.reason()) {
            case METERED -> "<p class=\"meter-notice\" role=\"status\">" + (access.remaining() == 0
                    ? "This is your last free member-only story this month."
                    : "You have " + access.remaining() + " free member-only "
                    + (access.remaining() == 1 ? "story" : "stories") + " left this month.")
                    + " <a href=\"/membership\">Become a member</a></p>";
            case FRIEND_LINK -> "<p class=\"meter-notice\" role=\"status\">You are reading a member-only story"
                    + " through its writer's friend link.</p>";
            default -> "";
        };
    }

    /** A member-only story behind the paywall: its opening lines and the membership offer. */
    private String paywallPage(SharedStory shared, CurrentUser viewer) {
        StoryView view = viewerView(shared, viewer);
        return pages.render("story.vm", view.title(), viewer, shared.meta(), Map.of("story", view,
                "viewToken", "", "meterNotice", "", "paywall", paywall.offer(viewer),
                "teaser", excerpt(Encoding.decodeHtml(Markup.plainText(shared.story().row().bodyHtml())))));
    }

    /**
     * What every reader of a story sees alike, worked out once and shared until something changes.
     *
     * @param story the story
     * @param view  its page model as a signed-out reader sees it
     * @param meta  its metadata
     */
    private record SharedStory(StoryService.Story story, StoryView view, Page.Meta meta) {
    }

    private SharedStory sharedStory(StoryService.Story story) {
        String id = story.row().publicId();
        boolean published = story.row().storyStatus().isReadable();
        FollowService.FollowState authorState = follows.userFollowState(null, story.author().id());
        Person author = new Person(story.author().publicId(), story.author().username(),
                story.author().displayName(), story.author().bio(), authorState.followers(), false);
        Publication publication = null;
        List<Pages.Card> morePublication = List.of();
        if (story.row().publicationId() != null) {
            PublicationRow row = publications.byIds(List.of(story.row().publicationId())).get(0);
            FollowService.FollowState state = follows.publicationFollowState(null, row.id());
            publication = new Publication(row.publicId(), row.slug(), row.name(), row.tagline(), state.followers(),
                    false);
            morePublication = Pages.cards(feeds.moreFromPublication(story.card(), row.id(), null, MORE_FROM));
        }
        ClapService.Totals clapTotals = published ? claps.totals(id, null) : new ClapService.Totals(0, 0, 0);
        StoryView view = new StoryView(id, story.row().title(), story.row().subtitle(), author, publication,
                published ? Pages.date(story.row().firstPublishedAt()) : "Draft", story.card().readingMinutes(),
                story.tags(), new TrustedHtml(story.row().bodyHtml()), story.row().memberOnly(),
                clapTotals.totalClaps(), 0, published ? responses(id, null) : List.of(),
                published ? Pages.cards(feeds.moreFromAuthor(story.card(), story.author().id(), null, MORE_FROM))
                        : List.of(),
                morePublication, published ? Pages.cards(feeds.recommendations(story.card(), MORE_FROM)) : List.of(),
                false, "");
        String canonical = story.row().canonicalUrl() != null && !story.row().canonicalUrl().isBlank()
                ? story.row().canonicalUrl() : pages.absolute(story.card().path());
        String description = !story.row().subtitle().isBlank() ? story.row().subtitle()
                : excerpt(Encoding.decodeHtml(Markup.plainText(story.row().bodyHtml())));
        Page.Meta meta = new Page.Meta(description, canonical, "", "article",
                published ? jsonLd(story, canonical, description) : null, !published);
        return new SharedStory(story, view, meta);
    }

    /** The page for {@code viewer}. */
    private String storyPage(SharedStory shared, CurrentUser viewer) {
        StoryView view = viewerView(shared, viewer);
        return pages.render("story.vm", view.title(), viewer, shared.meta(), Map.of("story", view,
                "viewToken", VIEW_TOKEN, "meterNotice", METER_NOTICE));
    }

    /** The shared model with {@code viewer}'s own claps and follows: three indexed lookups. */
    private StoryView viewerView(SharedStory shared, CurrentUser viewer) {
        StoryView view = shared.view();
        if (viewer == null) {
            return view;
        }
        StoryService.Story story = shared.story();
        Person author = view.author();
        Publication publication = view.publication();
        boolean writer = viewer.id() == story.author().id();
        return new StoryView(view.id(), view.title(), view.subtitle(),
                new Person(author.id(), author.username(), author.name(), author.bio(), author.followers(),
                        follows.followsUser(viewer, story.author().id())),
                publication == null ? null : new Publication(publication.id(), publication.slug(),
                        publication.name(), publication.tagline(), publication.followers(),
                        follows.followsPublication(viewer, story.row().publicationId())),
                view.date(), view.readingTime(), view.tags(), view.body(), view.memberOnly(), view.claps(),
                story.row().storyStatus().isReadable() ? claps.clapsOf(story.row().id(), viewer) : 0,
                view.responses(), view.moreFromAuthor(), view.moreFromPublication(), view.recommended(),
                writer, writer && view.memberOnly()
                        ? paywall.friendLink(story.row(), story.card().path(), viewer) : "");
    }

    private List<ResponseView> responses(String id, CurrentUser viewer) {
        List<StoryCard> cards = stories.responses(id, viewer);
        Map<Long, String> bodies = stories.bodies(cards.stream().map(card -> card.row().id()).toList());
        return cards.stream().map(card -> new ResponseView(card.row().authorName(),
                "/@" + card.row().authorUsername(), Pages.date(card.row().firstPublishedAt()),
                new TrustedHtml(bodies.getOrDefault(card.row().id(), "")))).toList();
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 200) + 1).strip() + "…";
    }

    /** A schema.org {@code Article}, serialized so that nothing in it can close the script element. */
    private TrustedHtml jsonLd(StoryService.Story story, String canonical, String description) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", story.row().title());
        article.put("description", description);
        article.put("url", canonical);
        article.put("datePublished", DateTimeFormatter.ISO_INSTANT.format(story.row().firstPublishedAt()));
        article.put("dateModified", DateTimeFormatter.ISO_INSTANT.format(story.row().updatedAt()));
        article.put("author", Map.of("@type", "Person", "name", story.author().displayName(),
                "url", pages.absolute("/@" + story.author().username())));
        article.put("keywords", story.tags());
        article.put("wordCount", story.row().wordCount());
        article.put("isAccessibleForFree", !story.row().memberOnly());
        try {
            return new TrustedHtml(JSON.writeValueAsString(article)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
