package org.masthead.engine.syndication;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.masthead.engine.web.ApiException;
import org.masthead.engine.web.SiteUrl;
import org.masthead.engine.web.WebComponent;

/**
 * Feeds ({@code /feed}, {@code /feed/@username}, {@code /feed/p/slug}, {@code /feed/tag/name}, RSS 2.0 by
 * default and Atom with {@code ?format=atom}), {@code /sitemap.xml} and {@code /robots.txt}. Responses carry an
 * ETag (and Last-Modified for feeds) so a reader that asks again gets a 304 when nothing changed, and may be
 * cached for five minutes.
 */
@Path("/")
@WebComponent
public class SyndicationResource {
    /** Paths of the site that are private or of no use to a search engine. */
    static final List<String> DISALLOWED = List.of("/api/", "/v1/", "/admin", "/me/", "/new-story", "/edit/",
            "/signin", "/signup", "/search", "/mail/", "/account/");

    private static final String XML = "application/xml";

    private final SyndicationService syndication;
    private final Provider<SiteUrl> site;

    @Inject
    public SyndicationResource(SyndicationService syndication, Provider<SiteUrl> site) {
        this.syndication = syndication;
        this.site = site;
    }

    @GET
    @Path("feed")
    public Response siteFeed(@QueryParam("format") String format, @Context Request request) {
        return feed(syndication.site(SyndicationService.Format.parse(format)), request);
    }

    @GET
    @Path("feed/@{username}")
    public Response writerFeed(@PathParam("username") String username, @QueryParam("format") String format,
                               @Context Request request) {
        return feed(syndication.writer(username, SyndicationService.Format.parse(format)), request);
    }

    @GET
    @Path("feed/p/{slug}")
    public Response publicationFeed(@PathParam("slug") String slug, @QueryParam("format") String format,
                                    @Context Request request) {
        return feed(syndication.publication(slug, SyndicationService.Format.parse(format)), request);
    }

    @GET
    @Path("feed/tag/{tag}")
    public Response tagFeed(@PathParam("tag") String tag, @QueryParam("format") String format,
                            @Context Request request) {
        return feed(syndication.tag(tag, SyndicationService.Format.parse(format)), request);
    }

    /** The sitemap; on a site with more than 50,000 pages, a sitemap index of {@code /sitemap-N.xml}. */
    @GET
    @Path("sitemap.xml")
    public Response sitemap(@Context Request request) {
        List<List<Sitemap.Url>> sitemaps = Sitemap.split(syndication.pages(), Sitemap.MAX_URLS);
        String xml = sitemaps.size() == 1 ? Sitemap.urlset(sitemaps.get(0))
                : Sitemap.index(IntStream.rangeClosed(1, sitemaps.size())
                        .mapToObj(number -> site.get().of("/sitemap-" + number + ".xml")).toList());
        return cached(xml, XML, null, request);
    }

    /** The {@code number}th sitemap of a site too large for one. */
    @GET
    @Path("sitemap-{number: [1-9][0-9]*}.xml")
    public Response sitemapPart(@PathParam("number") int number, @Context Request request) {
        List<List<Sitemap.Url>> sitemaps = Sitemap.split(syndication.pages(), Sitemap.MAX_URLS);
        if (sitemaps.size() == 1 || number > sitemaps.size()) {
            throw ApiException.notFound("sitemap");
        }
        return cached(Sitemap.urlset(sitemaps.get(number - 1)), XML, null, request);
    }

    @GET
    @Path("robots.txt")
    public Response robots(@Context Request request) {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
        robots.append("\nSitemap: ").append(site.get().of("/sitemap.xml")).append('\n');
        return cached(robots.toString(), "text/plain", null, request);
    }

    private static Response feed(SyndicationService.Feed feed, Request request) {
        return cached(feed.xml(), feed.mediaType(), feed.lastModified(), request);
    }

    /** The body with its validators, or 304 when the request's validators still match. */
    private static Response cached(String body, String mediaType, Instant lastModified, Request request) {
        EntityTag etag = new EntityTag(hash(body));
        Date modified = lastModified == null ? null : Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = modified == null ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(modified, etag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(body, mediaType + ";charset=UTF-8");
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        response.cacheControl(cache).tag(etag);
        if (modified != null) {
            response.lastModified(modified);
        }
        return response.build();
    }

    private static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
