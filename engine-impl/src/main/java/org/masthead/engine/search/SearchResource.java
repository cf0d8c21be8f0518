package org.masthead.engine.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.masthead.engine.site.PagePaths;
import org.masthead.engine.web.AuthFilter;
import org.masthead.engine.web.SiteUrl;
import org.masthead.engine.web.WebComponent;

/**
 * {@code GET /api/v1/search}: full-text search over public stories, people, publications and tags; and, for
 * admins, {@code /api/v1/admin/search}: the index's state and a rebuild of every node's index.
 */
@Path("/api/v1")
@WebComponent
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    /**
     * A matching story.
     *
     * @param id             public id
     * @param title          title
     * @param subtitle       subtitle
     * @param url            absolute URL of its page
     * @param author         writer's name
     * @param authorUsername writer's username
     * @param publishedAt    first publication
     * @param readingTime    minutes
     * @param tags           tags
     */
    public record StoryResult(String id, String title, String subtitle, String url, String author,
                              String authorUsername, Instant publishedAt, int readingTime, List<String> tags) {
    }

    /**
     * A matching person.
     *
     * @param id       public id
     * @param username username
     * @param name     display name
     * @param bio      bio
     * @param url      absolute URL of their page
     */
    public record PersonResult(String id, String username, String name, String bio, String url) {
    }

    /**
     * A matching publication.
     *
     * @param id      public id
     * @param slug    URL name
     * @param name    name
     * @param tagline tagline
     * @param url     absolute URL of its home page
     */
    public record PublicationResult(String id, String slug, String name, String tagline, String url) {
    }

    /**
     * A matching tag.
     *
     * @param tag     the tag
     * @param stories listed stories that carry it
     * @param url     absolute URL of its page
     */
    public record TagResult(String tag, long stories, String url) {
    }

    /**
     * Search results, best first.
     *
     * @param query   the words searched for
     * @param type    {@code stories}, {@code people}, {@code publications} or {@code tags}
     * @param results matches of that type
     */
    public record SearchResponse(String query, String type, List<?> results) {
    }

    /**
     * A rebuild was asked for.
     *
     * @param status {@code requested}: every node rebuilds on its next job tick
     */
    public record RebuildRequest(String status) {
    }

    private final SearchService search;
    private final Provider<SiteUrl> site;

    @Inject
    public SearchResource(SearchService search, Provider<SiteUrl> site) {
        this.search = search;
        this.site = site;
    }

    @GET
    @Path("search")
    @Operation(summary = "Search stories, people, publications or tags",
            description = "Full-text search, best match first. All words must match; \"quotes\" match a phrase,"
                    + " -word excludes, a | b matches either, pre* matches a prefix. 400 for a missing or too long"
                    + " query, an unknown type or a limit out of range.")
    public SearchResponse search(
            @Parameter(description = "the words to search for (1 to 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "stories (default), people, publications or tags") @QueryParam("type") String type,
            @Parameter(description = "the most results to return, 1 to 50 (default 20)") @QueryParam("limit")
            String limit) {
        SearchService.Results results = search.search(SearchService.Query.parse(q, type, limit));
        SearchService.Query query = results.query();
        List<?> matches = switch (query.type()) {
            case STORIES -> results.stories().stream().map(story -> new StoryResult(story.row().publicId(),
                    story.row().title(), story.row().subtitle(), site.get().of(story.path()), story.row().authorName(),
                    story.row().authorUsername(), story.row().firstPublishedAt(), story.readingMinutes(),
                    story.tags())).toList();
            case PEOPLE -> results.people().stream().map(person -> new PersonResult(person.publicId(),
                    person.username(), person.displayName(), person.bio(),
                    site.get().of(PagePaths.person(person.username())))).toList();
            case PUBLICATIONS -> results.publications().stream().map(publication -> new PublicationResult(
                    publication.publicId(), publication.slug(), publication.name(), publication.tagline(),
                    site.get().of(PagePaths.publication(publication.slug())))).toList();
            case TAGS -> results.tags().stream().map(tag -> new TagResult(tag.tag(), tag.stories(),
                    site.get().of(PagePaths.tag(tag.tag())))).toList();
        };
        return new SearchResponse(query.text(), query.type().wireName(), matches);
    }

    @GET
    @Path("admin/search")
    @Operation(summary = "The search index of this node",
            description = "Admins only. The outbox position the index reflects, the newest position, documents by"
                    + " kind and the last rebuild.")
    public SearchService.Status status(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        return search.status();
    }

    @POST
    @Path("admin/search/rebuild")
    @Operation(summary = "Rebuild the search index of every node",
            description = "Admins only. Answers 202 at once; every node rebuilds its index from the database on"
                    + " its next job tick (watch rebuiltAt in GET /api/v1/admin/search).")
    public Response rebuild(@Context SecurityContext context) {
        AuthFilter.requireAdmin(context);
        search.requestRebuild();
        return Response.accepted(new RebuildRequest("requested")).build();
    }
}
