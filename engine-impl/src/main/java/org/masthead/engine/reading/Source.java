package org.masthead.engine.reading;

import java.net.URI;
import java.util.Locale;

/** Where a view came from: a feed surface of the site, search, a friend link, another site, or nowhere known. */
public enum Source {
    HOME, FOLLOWING, FOR_YOU, TAG, MORE_FROM, SEARCH,
    /** A writer's friend link to a member-only story. */
    FRIEND_LINK,
    /** Another site; the view keeps its host. */
    EXTERNAL,
    /** A page of this site that is not a feed surface, such as a profile. */
    INTERNAL,
    /** No referrer: typed, bookmarked, or from an app that sends none. */
    DIRECT;

    private static final int MAX_HOST = 100;

    /** The name on the wire and in the database, such as {@code for_you}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether stories are presented on this source as cards (the surfaces feed cards carry). */
    public boolean isSurface() {
        return ordinal() <= SEARCH.ordinal();
    }

    /** The source named {@code name} on the wire, or {@code null}. */
    public static Source byWireName(String name) {
        for (Source source : values()) {
            if (source.wireName().equals(name)) {
                return source;
            }
        }
        return null;
    }

    /**
     * A source and, for {@link #EXTERNAL}, the referring host (empty otherwise).
     *
     * @param source       the source
     * @param referrerHost lowercase host of the referring site, or empty
     */
    public record Origin(Source source, String referrerHost) {

        /**
         * Where a story page request came from: the page's {@code ?source=} parameter when it names a surface or
         * a friend link (links from feed cards carry it), else the Referer: a page of this site (the home page,
         * search, a tag page, or another page), another site's host, or direct when there is none.
         *
         * @param sourceParam the {@code source} query parameter, or {@code null}
         * @param referer     the Referer header, or {@code null}
         * @param siteHost    this site's host name
         */
        public static Origin of(String sourceParam, String referer, String siteHost) {
            Source named = byWireName(sourceParam);
            if (named != null && (named.isSurface() || named == FRIEND_LINK)) {
                return new Origin(named, "");
            }
            URI uri = parse(referer);
            if (uri == null || uri.getHost() == null) {
                return new Origin(DIRECT, "");
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (!host.equalsIgnoreCase(siteHost)) {
                return new Origin(EXTERNAL, host.length() > MAX_HOST ? host.substring(0, MAX_HOST) : host);
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (path.isEmpty() || path.equals("/")) {
                return new Origin(HOME, "");
            }
            if (path.equals("/search") || path.startsWith("/search/")) {
                return new Origin(SEARCH, "");
            }
            return new Origin(path.startsWith("/tag/") ? TAG : INTERNAL, "");
        }

        private static URI parse(String referer) {
            if (referer == null || referer.isBlank()) {
                return null;
            }
            try {
                URI uri = new URI(referer.strip());
                return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()) ? uri : null;
            } catch (java.net.URISyntaxException e) {
                return null;
            }
        }
    }
}
