package org.masthead.api.embed;

import java.net.URI;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/** What a pasted URL becomes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface EmbedResult {

    /** The URL that was embedded. */
    URI url();

    /**
     * Third-party content shown only after the reader clicks its placeholder or has consented to the provider,
     * because loading it sends the reader's data to the provider.
     *
     * @param url         the pasted URL
     * @param provider    the provider's name, shown on the placeholder ("YouTube")
     * @param title       the content's title
     * @param author      the content's author, may be empty
     * @param thumbnail   a thumbnail the engine downloads and serves itself, or {@code null}
     * @param html        the provider's HTML (an iframe). The engine keeps only the address of its first iframe
     *                    whose host is one of {@code iframeHosts} and whose origin the site's frame allowlist (and
     *                    so its Content-Security-Policy) lists, and loads it in a sandboxed iframe of its own
     *                    after consent; scripts and everything else are dropped. Without such an iframe the
     *                    embed is shown as a link card.
     * @param aspectRatio width divided by height, for the placeholder's size
     * @param iframeHosts the hosts the HTML loads frames from
     */
    record Embed(URI url, String provider, String title, String author, URI thumbnail, String html,
                 double aspectRatio, Set<String> iframeHosts) implements EmbedResult {
        public Embed {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(html, "html");
            title = title == null ? "" : title;
            author = author == null ? "" : author;
            iframeHosts = Set.copyOf(iframeHosts);
            if (!(aspectRatio > 0)) {
                throw new IllegalArgumentException("aspect ratio must be positive");
            }
        }
    }

    /**
     * A card with the linked page's title, description and image, from Open Graph or Twitter card metadata.
     *
     * @param url         the pasted URL
     * @param title       the page's title
     * @param description its description, may be empty
     * @param image       an image the engine downloads and serves itself, or {@code null}
     * @param siteName    the site's name
     */
    record LinkCard(URI url, String title, String description, URI image, String siteName) implements EmbedResult {
        public LinkCard {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(title, "title");
            description = description == null ? "" : description;
            Objects.requireNonNull(siteName, "siteName");
        }
    }

    /**
     * The URL stays a link.
     *
     * @param url the pasted URL
     */
    record PlainLink(URI url) implements EmbedResult {
        public PlainLink {
            Objects.requireNonNull(url, "url");
        }
    }
}
