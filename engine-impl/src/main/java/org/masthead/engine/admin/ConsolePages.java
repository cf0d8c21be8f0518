package org.masthead.engine.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.masthead.engine.account.CurrentUser;
import org.masthead.engine.account.PeopleAdminResource;
import org.masthead.engine.account.StaffRole;
import org.masthead.engine.account.UserService;
import org.masthead.engine.audit.AuditLog;
import org.masthead.engine.curation.BoostService;
import org.masthead.engine.curation.CurationService;
import org.masthead.engine.curation.ModerationService;
import org.masthead.engine.curation.StaffPicks;
import org.masthead.engine.plugin.PluginConsole;
import org.masthead.engine.site.BrandingService;
import org.masthead.engine.site.Page;
import org.masthead.engine.site.Pages;
import org.masthead.engine.story.StoryService;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/**
 * The admin console's screens. Every screen checks the viewer's role: signed-out visitors are sent to sign in,
 * people without the role get a 403 page. Changes go through the same JSON API as scripts use, with the
 * session's CSRF token.
 */
@Path("/admin")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ConsolePages {
    private static final int CHART_DAYS = 30;
    private static final int LIST_SIZE = 50;

    /**
     * A day's count for a chart.
     *
     * @param day   the date
     * @param count how many
     */
    public record DayCount(String day, long count) {
    }

    private final Pages pages;
    private final StoryService stories;
    private final UserService users;
    private final PluginConsole plugins;
    private final BrandingService branding;
    private final AuditLog audit;
    private final CurationService curation;
    private final ModerationService moderation;
    private final BoostService boosts;
    private final StaffPicks staffPicks;
    private final MoneyScreen money;
    private final Clock clock;

    @Inject
    public ConsolePages(Pages pages, StoryService stories, UserService users, PluginConsole plugins,
                        BrandingService branding, AuditLog audit, CurationService curation,
                        ModerationService moderation, BoostService boosts, StaffPicks staffPicks, MoneyScreen money,
                        Clock clock) {
        this.money = money;
        this.curation = curation;
        this.moderation = moderation;
        this.boosts = boosts;
        this.staffPicks = staffPicks;
        this.pages = pages;
        this.stories = stories;
        this.users = users;
        this.plugins = plugins;
        this.branding = branding;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    public Response dashboard(@Context SecurityContext context) {
        return screen(context, "", StaffRole.CURATOR, viewer -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("published", stories.publishedCount());
            model.put("people", users.count());
            model.put("fallbacks", plugins.fallbacks());
            model.put("problems", plugins.problems());
            List<DayCount> perDay = publishedPerDay();
            model.put("publishedPerDay", perDay);
            model.put("publishedChart", chart("Stories published", perDay));
            if (viewer.role() == StaffRole.ADMIN) {
                model.putAll(money.figures());
            }
            return render("dashboard.vm", "Dashboard", viewer, model);
        });
    }

    /** The curators' desk: the review queue with nominations, reported stories, pending nominations, Staff Picks. */
    @GET
    @Path("curation")
    public Response curation(@Context SecurityContext context) {
        return screen(context, "/curation", StaffRole.CURATOR, viewer -> render("curation.vm", "Curation", viewer,
                Map.of("queue", curation.queue(viewer, null, LIST_SIZE),
                        "reports", moderation.queue(viewer, LIST_SIZE),
                        "nominations", boosts.pending(viewer, LIST_SIZE),
                        "picks", staffPicks.newest(LIST_SIZE))));
    }

    @GET
    @Path("plugins")
    public Response plugins(@Context SecurityContext context) {
        return screen(context, "/plugins", StaffRole.ADMIN, viewer -> render("plugins.vm", "Plugins", viewer,
                Map.of("points", plugins.points(), "problems", plugins.problems())));
    }

    @GET
    @Path("people")
    public Response people(@QueryParam("q") String query, @Context SecurityContext context) {
        return screen(context, "/people", StaffRole.ADMIN, viewer -> render("people.vm", "People", viewer, Map.of(
                "query", query == null ? "" : query,
                "people", users.search(query, 0, 100).stream().map(PeopleAdminResource.Person::of).toList())));
    }

    @GET
    @Path("site")
    public Response site(@Context SecurityContext context) {
        return screen(context, "/site", StaffRole.ADMIN, viewer -> render("site.vm", "Site", viewer,
                Map.of("brand", branding.current())));
    }

    /** Plans, payout runs with their statements (the latest, or {@code ?run=2026-03}), the daily run, simulations. */
    @GET
    @Path("money")
    public Response money(@QueryParam("run") String month, @Context SecurityContext context) {
        return screen(context, "/money", StaffRole.ADMIN, viewer -> render("money.vm", "Money", viewer,
                money.model(month)));
    }

    @GET
    @Path("audit")
    public Response audit(@QueryParam("action") String action, @Context SecurityContext context) {
        return screen(context, "/audit", StaffRole.ADMIN, viewer -> render("audit.vm", "Audit log", viewer, Map.of(
                "action", action == null ? "" : action, "events", audit.recent(action, null, 200))));
    }

    private List<DayCount> publishedPerDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (int i = CHART_DAYS - 1; i >= 0; i--) {
            counts.put(today.minusDays(i), 0L);
        }
        Instant since = today.minusDays(CHART_DAYS - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Instant published : stories.publishedSince(since)) {
            counts.merge(LocalDate.ofInstant(published, ZoneOffset.UTC), 1L, Long::sum);
        }
        List<DayCount> days = new ArrayList<>();
        counts.forEach((day, count) -> days.add(new DayCount(day.toString(), count)));
        return days;
    }

    /** Chart data for the console script, as JSON: the template escapes it into an attribute. */
    private static String chart(String label, List<DayCount> days) {
        StringBuilder labels = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (DayCount day : days) {
            labels.append(labels.isEmpty() ? "" : ",").append('"').append(day.day()).append('"');
            values.append(values.isEmpty() ? "" : ",").append(day.count());
        }
        return "{\"label\":\"" + label + "\",\"labels\":[" + labels + "],\"values\":[" + values + "]}";
    }

    private String render(String template, String title, CurrentUser viewer, Map<String, ?> model) {
        Map<String, Object> all = new LinkedHashMap<>(model);
        all.put("staffRole", viewer.role().name().toLowerCase(Locale.ROOT));
        all.put("screen", template.replace(".vm", ""));
        return pages.render("admin/" + template, title + " · Console", viewer, Page.Meta.none(), all);
    }

    /** Renders a screen for a signed-in viewer with at least {@code role}; admins have every role. */
    private static Response screen(SecurityContext context, String path, StaffRole role,
                                   Function<CurrentUser, String> screen) {
        CurrentUser viewer = AuthFilter.currentUser(context);
        if (viewer == null || viewer.csrfToken() == null) {
            return Response.seeOther(UriBuilder.fromPath("/signin").queryParam("next", "/admin" + path).build())
                    .build();
        }
        if (viewer.role() != StaffRole.ADMIN && viewer.role() != role) {
            throw ApiException.forbidden("this part of the console is for " + role.name().toLowerCase(
                    Locale.ROOT) + "s");
        }
        return Response.ok(screen.apply(viewer)).build();
    }
}
