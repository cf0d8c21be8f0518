package org.masthead.engine.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.engine.site.Page;
import org.masthead.engine.site.PagePaths;
import org.masthead.engine.site.Pages;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.WebComponent;

/** {@code /search?q=…&type=…}: the search results page, one type of result at a time. */
@Path("/search")
@WebComponent
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SearchPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Map<SearchService.Type, String> LABELS = Map.of(SearchService.Type.STORIES, "Stories",
            SearchService.Type.PEOPLE, "People", SearchService.Type.PUBLICATIONS, "Publications",
            SearchService.Type.TAGS, "Tags");

    /**
     * A link to the results of one type.
     *
     * @param label    what it shows
     * @param url      the results page of that type
     * @param selected whether it is the type shown
     */
    public record Tab(String label, String url, boolean selected) {
    }

    /**
     * A result.
     *
     * @param title    story title, name or tag
     * @param subtitle story subtitle, bio or tagline; may be empty
     * @param url      the page it links to
     * @param meta     one line about it: writer and date, username, number of stories
     */
    public record Match(String title, String subtitle, String url, String meta) {
    }

    /**
     * What {@code search.vm} shows.
     *
     * @param query   the words searched for; empty before a search
     * @param type    the type shown, as in the {@code type} parameter
     * @param label   the type shown, for people ("stories")
     * @param tabs    links to each type's results
     * @param matches the results, best first
     */
    public record View(String query, String type, String label, List<Tab> tabs, List<Match> matches) {
    }

    private final SearchService search;
    private final Pages pages;

    @Inject
    public SearchPage(SearchService search, Pages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GET
    public String page(@QueryParam("q") String q, @QueryParam("type") String type,
                       @Context SecurityContext context) {
        SearchService.Type shown = SearchService.Type.parse(type);
        View view;
        if (q == null || q.isBlank()) {
            view = new View("", shown.wireName(), label(shown), List.of(), List.of());
        } else {
            SearchService.Results results = search.search(SearchService.Query.parse(q, type, null));
            String text = results.query().text();
            List<Tab> tabs = Arrays.stream(SearchService.Type.values())
                    .map(other -> new Tab(LABELS.get(other), url(text, other), other == shown)).toList();
            view = new View(text, shown.wireName(), label(shown), tabs, matches(results));
        }
        String title = view.query().isEmpty() ? "Search" : view.query() + " – Search";
        return pages.render("search.vm", title, AuthFilter.currentUser(context), Page.Meta.none(),
                Map.of("search", view, "surface", "search"));
    }

    private static List<Match> matches(SearchService.Results results) {
        return switch (results.query().type()) {
            case STORIES -> results.stories().stream().map(story -> new Match(story.row().title(),
                    story.row().subtitle(), story.path(), story.row().authorName() + " · "
                    + DATE.format(story.row().firstPublishedAt()) + " · " + story.readingMinutes() + " min read"))
                    .toList();
            case PEOPLE -> results.people().stream().map(person -> new Match(person.displayName(), person.bio(),
                    PagePaths.person(person.username()), "@" + person.username())).toList();
            case PUBLICATIONS -> results.publications().stream().map(publication -> new Match(publication.name(),
                    publication.tagline(), PagePaths.publication(publication.slug()), "Publication")).toList();
            case TAGS -> results.tags().stream().map(tag -> new Match(tag.tag(), "", PagePaths.tag(tag.tag()),
                    tag.stories() + (tag.stories() == 1 ? " story" : " stories"))).toList();
        };
    }

    private static String label(SearchService.Type type) {
        return LABELS.get(type).toLowerCase(Locale.ROOT);
    }

    private static String url(String query, SearchService.Type type) {
        return "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&type=" + type.wireName();
    }
}
