package org.masthead.engine.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.masthead.api.content.CurationStatus;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.UserRow;
import org.masthead.engine.account.UserService;
import org.masthead.engine.payout.PayoutLedger;
import org.masthead.engine.payout.PayoutStatements;
import org.masthead.engine.publication.PublicationRow;
import org.masthead.engine.publication.PublicationService;
import org.masthead.engine.reading.ReadingStats;
import org.masthead.engine.story.Moderation;
import org.masthead.engine.story.StoryCard;
import org.masthead.engine.story.Partners;
import org.masthead.engine.story.StoryRow;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * The pages of someone who writes: signing in and up, settings, the editor and the drafts list. Pages that need a
 * signed-in writer send everyone else to the sign-in page, and back afterwards.
 */
@Path("/")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class WriterPages {

    /**
     * What the editor starts from.
     *
     * @param id            the story's public id, or empty for a new one
     * @param version       the version edits are based on (0 for a new story)
     * @param title         title
     * @param subtitle      subtitle
     * @param content       the Markdown or HTML as written
     * @param contentFormat {@code markdown} or {@code html}
     * @param tags          tags, comma separated
     * @param memberOnly    whether it is for members
     * @param status        its status, lowercase
     * @param url           its page, for published stories, or empty
     */
    public record EditorView(String id, int version, String title, String subtitle, String content,
                             String contentFormat, String tags, boolean memberOnly, String status, String url) {
    }

    /**
     * A writer's earnings page: a month's ledger lines with their reasons, refund adjustments, approved statements.
     */
    @GET
    @Path("me/earnings")
    public Response earnings(@QueryParam("month") String month, @Context SecurityContext context) {
        return signedIn(context, "/me/earnings", viewer -> {
            YearMonth shown = month == null ? YearMonth.now(clock) : PayoutStatements.month(month);
            return pages.render("earnings.vm", "Earnings", viewer, Page.Meta.none(), Map.of(
                    "month", shown.toString(), "previous", shown.minusMonths(1).toString(),
                    "partner", partners.isPartner(viewer.id()),
                    "earnings", ledger.earnings(viewer.id(), (int) shown.atDay(1).toEpochDay(),
                            (int) shown.atEndOfMonth().toEpochDay()),
                    "statements", statements.ofWriter(viewer.id())));
        });
    }

    /**
     * A publication the writer may write for.
     *
     * @param id   public id
     * @param name name
     */
    public record PublicationChoice(String id, String name) {
    }

    private final StoryService stories;
    private final UserService users;
    private final PublicationService publications;
    private final Pages pages;
    private final ReadingStats stats;
    private final Partners partners;
    private final PayoutLedger ledger;
    private final PayoutStatements statements;
    private final Clock clock;

    @Inject
    public WriterPages(StoryService stories, UserService users, PublicationService publications, Pages pages,
                       ReadingStats stats, Partners partners, PayoutLedger ledger, PayoutStatements statements,
                       Clock clock) {
        this.clock = clock;
        this.partners = partners;
        this.ledger = ledger;
        this.statements = statements;
        this.stats = stats;
        this.stories = stories;
        this.users = users;
        this.publications = publications;
        this.pages = pages;
    }

    @GET
    @Path("signin")
    public String signIn(@QueryParam("next") String next, @Context SecurityContext context) {
        return pages.render("signin.vm", "Sign in", AuthFilter.currentUser(context), Page.Meta.none(),
                Map.of("next", safeNext(next)));
    }

    @GET
    @Path("signup")
    public String signUp(@QueryParam("next") String next, @Context SecurityContext context) {
        return pages.render("signup.vm", "Join", AuthFilter.currentUser(context), Page.Meta.none(),
                Map.of("next", safeNext(next)));
    }

    @GET
    @Path("me/settings")
    public Response settings(@Context SecurityContext context) {
        return signedIn(context, "/me/settings", viewer -> {
            UserRow user = users.byId(viewer.id()).orElseThrow(() -> ApiException.notFound("person"));
            return pages.render("settings.vm", "Settings", viewer, Page.Meta.none(), Map.of("user", user));
        });
    }

    @GET
    @Path("me/drafts")
    public Response drafts(@Context SecurityContext context) {
        return signedIn(context, "/me/drafts", viewer -> pages.render("drafts.vm", "Your stories", viewer,
                Page.Meta.none(), Map.of(
                        "drafts", Pages.plainCards(stories.mine(viewer, "draft")),
                        "scheduled", Pages.plainCards(stories.mine(viewer, "scheduled")),
                        "published", Pages.plainCards(stories.mine(viewer, "published")),
                        "surface", "drafts")));
    }

    @GET
    @Path("me/stats")
    public Response stats(@QueryParam("from") String from, @QueryParam("to") String to,
                          @Context SecurityContext context) {
        return signedIn(context, "/me/stats", viewer -> pages.render("stats.vm", "Stats", viewer, Page.Meta.none(),
                Map.of("stats", stats.writer(viewer, from, to), "distribution",
                        stories.mine(viewer, "published").stream()
                                .map(story -> DistributionLine.of(story, clock.instant())).toList())));
    }

    /**
     * A published story's curation on the writer's stats page, with the fields Medium exposes to its writer.
     *
     * @param title            title
     * @param url              page path
     * @param curationStatus   Medium's status name, such as {@code CURATION_STATUS_PENDING}
     * @param eligibleAt       ISO instant of {@code curationEligibleAt}, empty for never eligible
     * @param firstPublishedAt ISO instant of first publication
     * @param primaryTopic     the topic curators distributed it into, or empty
     * @param boostedUntil     ISO instant a Boost in force ends, or empty
     * @param hidden           whether moderators keep it off recommendations or the site
     */
    public record DistributionLine(String title, String url, String curationStatus, String eligibleAt,
                                   String firstPublishedAt, String primaryTopic, String boostedUntil,
                                   boolean hidden) {
        static DistributionLine of(StoryCard story, Instant now) {
            StoryCard.Row row = story.row();
            return new DistributionLine(row.title(), story.path(),
                    CurationStatus.valueOf(row.curationStatus()).wireName(),
                    row.curationEligibleAt() == null ? "" : row.curationEligibleAt().toString(),
                    row.firstPublishedAt() == null ? "" : row.firstPublishedAt().toString(),
                    row.primaryTopic() == null ? "" : row.primaryTopic(),
                    row.boostedUntil() == null || row.boostedUntil().isBefore(now) ? ""
                            : row.boostedUntil().toString(),
                    row.moderation() != Moderation.NONE);
        }
    }

    @GET
    @Path("new-story")
    public Response newStory(@Context SecurityContext context) {
        return signedIn(context, "/new-story", viewer -> editor(viewer,
                new EditorView("", 0, "", "", "", "markdown", "", false, "draft", "")));
    }

    @GET
    @Path("edit/{id}")
    public Response edit(@PathParam("id") String id, @Context SecurityContext context) {
        return signedIn(context, "/edit/" + id, viewer -> {
            StoryRow row = stories.ownStory(viewer, id);
            StoryService.Story story = stories.find(id, viewer).orElseThrow(() -> ApiException.notFound("story"));
            return editor(viewer, new EditorView(id, row.rowVersion(), row.title(), row.subtitle(), row.content(),
                    row.contentFormat(), String.join(", ", story.tags()), row.memberOnly(),
                    row.status().toLowerCase(java.util.Locale.ROOT),
                    row.storyStatus().isReadable() ? story.card().path() : ""));
        });
    }

    private String editor(CurrentUser viewer, EditorView story) {
        List<PublicationChoice> choices = publications.ofUser(viewer.id()).stream()
                .map((PublicationRow row) -> new PublicationChoice(row.publicId(), row.name())).toList();
        return pages.render("editor.vm", story.title().isEmpty() ? "New story" : story.title(), viewer,
                Page.Meta.none(), Map.of("story", story, "publications", choices, "partner",
                        partners.isPartner(viewer.id())));
    }

    private static Response signedIn(SecurityContext context, String path, Function<CurrentUser, String> page) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        if (viewer == null || viewer.csrfToken() == null) {
            return Response.seeOther(UriBuilder.fromPath("/signin").queryParam("next", path).build()).build();
        }
        return Response.ok(page.apply(viewer)).build();
    }

    /** Only a path on this site may be the page to return to, so sign-in cannot redirect elsewhere. */
    private static String safeNext(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
    }
}
