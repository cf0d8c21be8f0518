package org.masthead.engine.embed;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.masthead.engine.web.Network;

/**
 * How embeds are fetched and shown.
 *
 * @param allowedNetworks networks the fetcher may reach although they are private, loopback or otherwise special
 *                        (an intranet; a test's loopback fixture server); empty on a public site
 * @param frameOrigins    the only origins whose pages embeds may frame (such as
 *                        {@code https://www.youtube-nocookie.com}), listed as they are in the site's
 *                        Content-Security-Policy
 * @param fetchTimeout    the longest one fetch may take, connecting, following redirects and reading included
 * @param cacheTtl        how long a resolved URL is reused before it is fetched again
 */
public record EmbedSettings(List<Network> allowedNetworks, List<URI> frameOrigins, Duration fetchTimeout,
                            Duration cacheTtl) {

    /** The frame origins of the bundled oEmbed providers' players. */
    public static final String DEFAULT_FRAME_ORIGINS = "https://www.youtube-nocookie.com,https://player.vimeo.com,"
            + "https://w.soundcloud.com,https://open.spotify.com,https://codepen.io,https://www.figma.com,"
            + "https://embed.figma.com";

    /** The defaults: no private network, the bundled providers' players, three seconds, a day. */
    public static final EmbedSettings DEFAULTS = new EmbedSettings(List.of(), origins(DEFAULT_FRAME_ORIGINS),
            Duration.ofSeconds(3), Duration.ofDays(1));

    public EmbedSettings {
        allowedNetworks = List.copyOf(allowedNetworks);
        frameOrigins = List.copyOf(frameOrigins);
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        if (fetchTimeout.isNegative() || fetchTimeout.isZero() || cacheTtl.isNegative()) {
            throw new IllegalArgumentException("the fetch timeout must be positive and the cache TTL not negative");
        }
    }

    /**
     * Reads a comma-separated list of origins such as {@code https://player.vimeo.com}.
     *
     * @throws IllegalArgumentException for anything that is not an http(s) origin
     */
    public static List<URI> origins(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(item -> !item.isEmpty()).map(item -> {
            URI origin = URI.create(item.endsWith("/") ? item.substring(0, item.length() - 1) : item);
            boolean valid = ("https".equals(origin.getScheme()) || "http".equals(origin.getScheme()))
                    && origin.getHost() != null && origin.getRawPath().isEmpty() && origin.getRawQuery() == null
                    && origin.getRawUserInfo() == null && origin.getRawFragment() == null;
            if (!valid) {
                throw new IllegalArgumentException("'" + item + "' is not an origin such as https://player.vimeo.com");
            }
            return URI.create(origin.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + origin.getHost().toLowerCase(Locale.ROOT) + (origin.getPort() < 0 ? "" : ":" + origin.getPort()));
        }).toList();
    }
}
