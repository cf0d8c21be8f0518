package org.masthead.engine.embed;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.engine.media.ImageFormat;
import org.owasp.encoder.Encode;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a resolved URL becomes in a story, and the checks on what a provider sent. The engine writes this
 * markup itself, after the writer's own HTML went through the story sanitizer (which drops every iframe, class
 * and data attribute a writer sends), and passes it through an allowlist of its own as well: a frame address
 * survives only if the site's frame allowlist lists its origin, and an image only if the site serves it.
 *
 * <p>An embed is a placeholder ({@code figure.embed}) with the provider's name, the title, the locally served
 * thumbnail and a notice that loading it sends the reader's data to the provider; {@code /static/embed.js} puts
 * the sandboxed iframe in on the reader's click or remembered consent. A card is a link with the page's title,
 * description, image and site name; a plain link is a paragraph with the link.
 */
final class EmbedMarkup {
    private static final Pattern FRAME_SRC = Pattern.compile("<iframe src=\"([^\"]*)\"");
    private static final Pattern CLASSES = Pattern.compile("embed(-[a-z]+)?|link-card(-[a-z]+)?");
    private static final Pattern THUMBNAIL = Pattern.compile("/embeds/thumbnails/[0-9a-f]{12}\\.[a-z]{3,4}");
    private static final Pattern RATIO = Pattern.compile("\\d{1,3}(\\.\\d{1,4})?");

    private final List<URI> frameOrigins;
    private final PolicyFactory frames;
    private final PolicyFactory markup;

    EmbedMarkup(List<URI> frameOrigins) {
        this.frameOrigins = List.copyOf(frameOrigins);
        this.frames = new HtmlPolicyBuilder()
                .allowElements("iframe")
                .allowUrlProtocols("https", "http")
                .allowAttributes("src").matching(this::allowedFrame).onElements("iframe")
                .toFactory();
        this.markup = new HtmlPolicyBuilder()
                .allowElements("p", "figure", "figcaption", "div", "span", "strong", "a", "img")
                .allowAttributes("class").matching(CLASSES).globally()
                .allowAttributes("data-embed-src").matching(this::allowedFrame).onElements("figure")
                .allowAttributes("data-embed-provider").onElements("figure")
                .allowAttributes("data-embed-ratio").matching(RATIO).onElements("figure")
                .allowStandardUrlProtocols()
                .allowAttributes("href").onElements("a")
                .requireRelsOnLinks("nofollow", "noopener", "ugc")
                .allowAttributes("src").matching(THUMBNAIL).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .toFactory();
    }

    /**
     * The address of the first iframe in a provider's HTML whose host is one of {@code hosts} and whose origin the
     * site's frame allowlist lists; scripts and every other element are dropped on the way.
     */
    Optional<String> frameSource(String providerHtml, Set<String> hosts) {
        Matcher matcher = FRAME_SRC.matcher(frames.sanitize(providerHtml));
        while (matcher.find()) {
            String src = absolute(Encoding.decodeHtml(matcher.group(1), true));
            String host = URI.create(src).getHost().toLowerCase(Locale.ROOT);
            if (hosts.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(host))) {
                return Optional.of(src);
            }
        }
        return Optional.empty();
    }

    /** The story HTML of a resolved URL. */
    String html(EmbedMapper.CachedRow row) {
        String url = Encode.forHtmlAttribute(row.url());
        String html = switch (row.kind()) {
            case "EMBED" -> "<figure class=\"embed\" data-embed-src=\"" + Encode.forHtmlAttribute(row.frameSrc())
                    + "\" data-embed-provider=\"" + Encode.forHtmlAttribute(row.provider())
                    + "\" data-embed-ratio=\"" + String.format(Locale.ROOT, "%.4f", row.aspectRatio())
                    + "\"><div class=\"embed-frame\">" + image("embed-thumbnail", row) + "</div><figcaption>"
                    + element("strong", "embed-title", row.title())
                    + element("span", "embed-author", row.author())
                    + element("span", "embed-provider", row.provider())
                    + "<span class=\"embed-notice\">" + Encode.forHtml("Loading this sends data about you, such as"
                            + " your IP address, to " + row.provider() + ".")
                    + " <a href=\"/privacy\">Privacy policy</a></span><a href=\"" + url + "\">Open on "
                    + Encode.forHtml(row.provider()) + "</a></figcaption></figure>";
            case "CARD" -> "<figure class=\"link-card\"><a href=\"" + url + "\">" + image("link-card-image", row)
                    + "<span class=\"link-card-text\">" + element("strong", "link-card-title", row.title())
                    + element("span", "link-card-description", row.description())
                    + element("span", "link-card-site", row.provider()) + "</span></a></figure>";
            default -> "<p><a href=\"" + url + "\">" + Encode.forHtml(row.url()) + "</a></p>";
        };
        return markup.sanitize(html);
    }

    /** The site path of a thumbnail. */
    static String thumbnailPath(String publicId, String contentType) {
        return "/embeds/thumbnails/" + publicId + "." + ImageFormat.ofContentType(contentType).extension();
    }

    private static String image(String className, EmbedMapper.CachedRow row) {
        if (row.thumbnailId() == null) {
            return "";
        }
        return "<img class=\"" + className + "\" src=\""
                + thumbnailPath(row.thumbnailPublicId(), row.thumbnailContentType()) + "\" alt=\"\" width=\""
                + row.thumbnailWidth() + "\" height=\"" + row.thumbnailHeight() + "\">";
    }

    private static String element(String name, String className, String text) {
        return text.isBlank() ? "" : "<" + name + " class=\"" + className + "\">" + Encode.forHtml(text) + "</" + name
                + ">";
    }

    private boolean allowedFrame(String src) {
        try {
            URI uri = URI.create(absolute(src));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return false;
            }
            URI origin = URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            return frameOrigins.contains(origin);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Providers still write protocol-relative frame addresses; frames are loaded over https. */
    private static String absolute(String src) {
        return src.startsWith("//") ? "https:" + src : src;
    }
}
