package org.masthead.plugins.embed;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The more private variants of providers' players: YouTube's player from its no-cookie domain, Vimeo's with its
 * do-not-track flag. Readers load them only after consenting, and then these send the provider less.
 */
final class FramePrivacy {
    private static final Set<String> YOUTUBE = Set.of("youtube.com", "www.youtube.com", "m.youtube.com");
    static final String YOUTUBE_NO_COOKIE = "www.youtube-nocookie.com";

    private FramePrivacy() {
    }

    /** The frame address to use instead of {@code src}; {@code src} itself when there is no better one. */
    static URI rewrite(URI src) {
        String host = src.getHost() == null ? "" : src.getHost().toLowerCase(Locale.ROOT);
        String path = src.getRawPath() == null ? "" : src.getRawPath();
        String query = src.getRawQuery();
        if (YOUTUBE.contains(host) && path.startsWith("/embed/")) {
            return URI.create("https://" + YOUTUBE_NO_COOKIE + path + (query == null ? "" : "?" + query));
        }
        if (host.equals("player.vimeo.com") && (query == null || !query.matches("(.*&)?dnt=.*"))) {
            return URI.create("https://player.vimeo.com" + path + "?" + (query == null ? "" : query + "&") + "dnt=1");
        }
        return src;
    }
}
