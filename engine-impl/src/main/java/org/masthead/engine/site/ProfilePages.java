package org.masthead.engine.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.feed.FeedService;
import org.masthead.engine.publication.PublicationMapper;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.social.FollowService;
import org.masthead.engine.social.ReadingListService;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.PageCache;
import org.masthead.engine.web.WebComponent;

/** Pages about someone or something: a writer's profile, a publication's home, a tag, a reading list. */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ProfilePages {
    private static final int LIST_SIZE = 30;

    /**
     * A writer's profile.
     *
     * @param id        public id
     * @param username  username
     * @param name      display name
     * @param bio       bio
     * @param followers follower count
     * @param following whether the viewer follows them
     * @param self      whether the viewer is this writer
     * @param stories   their published stories, newest first
     */
    public record Profile(String id, String username, String name, String bio, long followers, boolean following,
                          boolean self, List<Pages.Card> stories) {
    }

    /**
     * A publication's home.
     *
     * @param id          public id
     * @param slug        URL name
     * @param name        name
     * @param tagline     tagline
     * @param description about text
     * @param followers   follower count
     * @param following   whether the viewer follows it
     * @param writers     its editors and writers
     * @param featured    stories its editors feature
     * @param stories     its published stories, newest first
     */
    public record PublicationHome(String id, String slug, String name, String tagline, String description,
                                  long followers, boolean following, List<PublicationMapper.ContributorRow> writers,
                                  List<Pages.Card> featured, List<Pages.Card> stories) {
    }

    /**
     * A tag page.
     *
     * @param tag       the tag
     * @param top       whether it shows top stories (else latest)
     * @param followers follower count
     * @param following whether the viewer follows it
     * @param stories   the stories
     */
    public record TagPage(String tag, boolean top, long followers, boolean following, List<Pages.Card> stories) {
    }

    /**
     * A reading list.
     *
     * @param name        name
     * @param description description
     * @param stories     its stories, as listed
     */
    public record ListPage(String name, String description, List<Pages.Card> stories) {
    }

    private final UserService users;
    private final StoryService stories;
    private final PublicationService publications;
    private final FollowService follows;
    private final FeedService feeds;
    private final ReadingListService lists;
    private final Pages pages;
    private final PageCache cache;

    @Inject
    public ProfilePages(UserService users, StoryService stories, PublicationService publications,
                        FollowService follows, FeedService feeds, ReadingListService lists, Pages pages,
                        PageCache cache) {
        this.cache = cache;
        this.users = users;
        this.stories = stories;
        this.publications = publications;
        this.follows = follows;
        this.feeds = feeds;
        this.lists = lists;
        this.pages = pages;
    }

    @GET
    @Path("@{username}")
    public String author(@PathParam("username") String username, @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        return cache.page(viewer, "/@" + username, () -> authorPage(username, viewer));
    }

    private String authorPage(String username, CurrentUser viewer) {
        UserRow user = users.byUsername(username)
                .filter(found -> !found.suspended() || viewer != null && viewer.role() != StaffRole.NONE)
                .orElseThrow(() -> ApiException.notFound("person"));
        FollowService.FollowState state = follows.userFollowState(viewer, user.id());
        Profile profile = new Profile(user.publicId(), user.username(), user.displayName(), user.bio(),
                state.followers(), state.following(), viewer != null && viewer.id() == user.id(),
                Pages.plainCards(stories.publishedBy(user.id(), LIST_SIZE)));
        Page.Meta meta = new Page.Meta(user.bio(), pages.absolute("/@" + user.username()), "", "profile", null,
                false);
        return pages.render("profile.vm", user.displayName(), viewer, meta,
                Map.of("profile", profile, "surface", "profile"));
    }

    @GET
    @Path("p/{slug}")
    public String publication(@PathParam("slug") String slug, @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        return cache.page(viewer, "/p/" + slug, () -> publicationPage(slug, viewer));
    }

    private String publicationPage(String slug, CurrentUser viewer) {
        PublicationRow row = publications.bySlug(slug).orElseThrow(() -> ApiException.notFound("publication"));
        FollowService.FollowState state = follows.publicationFollowState(viewer, row.id());
        List<StoryCard> featured = stories.cards(publications.featured(row.publicId()));
        PublicationHome home = new PublicationHome(row.publicId(), row.slug(), row.name(), row.tagline(),
                row.description(), state.followers(), state.following(), publications.contributors(row.publicId()),
                Pages.plainCards(featured), Pages.plainCards(stories.publishedIn(row.id(), LIST_SIZE)));
        return pages.render("publication.vm", row.name(), viewer,
                Page.Meta.of(row.tagline(), pages.absolute("/p/" + row.slug())),
                Map.of("publication", home, "surface", "publication"));
    }

    @GET
    @Path("tag/{tag}")
    public String tag(@PathParam("tag") String tag, @QueryParam("sort") String sort,
                      @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        boolean top = !"latest".equals(sort);
        return cache.page(viewer, "/tag/" + tag + (top ? "" : "?latest"), () -> tagPage(tag, top, viewer));
    }

    private String tagPage(String tag, boolean top, CurrentUser viewer) {
        String normalized = stories.normalizeTag(tag);
        FollowService.FollowState state = follows.tagFollowState(viewer, normalized);
        TagPage page = new TagPage(normalized, top, state.followers(), state.following(),
                feeds.tag(normalized, top, viewer, LIST_SIZE).stream()
                        .map(item -> Pages.card(item.story(), item.story().curatedInto(normalized)
                                ? "Curated in " + normalized
                                : item.reasons().isEmpty() ? "" : item.reasons().get(0).message()))
                        .toList());
        return pages.render("tag.vm", normalized, viewer,
                Page.Meta.of("Stories about " + normalized, pages.absolute("/tag/" + normalized)),
                Map.of("tagPage", page, "surface", "tag"));
    }

    @GET
    @Path("lists/{id}")
    public String list(@PathParam("id") String id, @Context SecurityContext context) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        ReadingListService.Detail detail = lists.get(viewer, id);
        ListPage page = new ListPage(detail.summary().row().name(), detail.summary().row().description(),
                detail.stories().stream().map(listed -> Pages.card(listed.story(), "")).toList());
        boolean isPublic = detail.summary().row().isPublic();
        Page.Meta meta = isPublic ? Page.Meta.of(page.description(), pages.absolute("/lists/" + id)) : Page.Meta.none();
        return pages.render("list.vm", page.name(), viewer, meta, Map.of("list", page, "surface", "list"));
    }
}
