package org.masthead.engine.story;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.masthead.engine.web.ApiException;

/**
 * Turns a writer's Markdown or HTML into the HTML stored and served for the story. Everything passes through
 * one allowlist sanitizer at write time, so stored HTML is final and pages can render it as trusted.
 */
public final class Markup {
    /** The formats a writer may send. */
    enum Format {
        MARKDOWN, HTML;

        static Format parse(String value) {
            if (value == null || value.isBlank()) {
                return MARKDOWN;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid_content_format", "contentFormat must be markdown or html");
            }
        }
    }

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    /** One allowlist for every story: prose, lists, quotes, code, tables, links and images, no scripts or styles. */
    private static final PolicyFactory STORY_POLICY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements("pre", "code", "hr", "br", "figure", "figcaption", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[a-z0-9+#-]{1,30}")).onElements("code")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowStandardUrlProtocols()
            .allowElements("a")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "ugc")
            .allowElements("img")
            .allowAttributes("src", "alt", "title").onElements("img")
            .toFactory();
    private static final Pattern LINK = Pattern.compile("<a\\s");
    /**
     * A paragraph of sanitized HTML holding nothing but a URL, bare or as a link that shows its own address: where a
     * writer wants an embed.
     */
    private static final Pattern URL_PARAGRAPH = Pattern.compile("<p>\\s*(?:<a href=\"([^\"]*)\"(?: title=\"[^\"]*\")?"
            + " rel=\"nofollow noopener ugc\">([^<]*)</a>|([^<\\s]+))\\s*</p>");
    /** The most URLs of one story that become embeds; further ones stay as written. */
    static final int MAX_EMBEDS = 20;
    private static final int MAX_EMBED_URL = 2000;
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private Markup() {
    }

    /** The sanitized HTML of {@code content}. */
    static String toSafeHtml(Format format, String content) {
        String html = format == Format.MARKDOWN ? RENDERER.render(PARSER.parse(content)) : content;
        return STORY_POLICY.sanitize(html);
    }

    /**
     * The http(s) URLs of the paragraphs of sanitized HTML that hold nothing but one, in order, each once, at most
     * {@value #MAX_EMBEDS}.
     */
    static List<URI> embedUrls(String safeHtml) {
        Set<URI> urls = new LinkedHashSet<>();
        Matcher matcher = URL_PARAGRAPH.matcher(safeHtml);
        while (matcher.find() && urls.size() < MAX_EMBEDS) {
            embedUrl(matcher).ifPresent(urls::add);
        }
        return List.copyOf(urls);
    }

    /** Sanitized HTML with each paragraph that holds nothing but a URL of {@code embeds} replaced by its markup. */
    static String withEmbeds(String safeHtml, Map<URI, String> embeds) {
        return URL_PARAGRAPH.matcher(safeHtml).replaceAll(match -> Matcher.quoteReplacement(
                embedUrl(match).map(embeds::get).orElse(match.group())));
    }

    private static Optional<URI> embedUrl(MatchResult match) {
        String url = Encoding.decodeHtml(match.group(1) != null ? match.group(1) : match.group(3), true);
        if (match.group(1) != null && !url.equals(Encoding.decodeHtml(match.group(2), false).strip())) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return web && url.length() <= MAX_EMBED_URL ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The text of sanitized HTML, markup removed, entities left encoded. */
    public static String plainText(String safeHtml) {
        return TEXT_ONLY.sanitize(safeHtml.replace("<", " <")).replaceAll("\\s+", " ").trim();
    }

    /** Words in sanitized HTML. */
    static int wordCount(String safeHtml) {
        String text = plainText(safeHtml).replaceAll("&[#a-zA-Z0-9]+;", " ").trim();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** Links in sanitized HTML. */
    static int linkCount(String safeHtml) {
        return (int) LINK.matcher(safeHtml).results().count();
    }

    /** Medium's estimate: 265 words a minute, at least one minute. */
    static int readingMinutes(int words) {
        return Math.max(1, (int) Math.ceil(words / 265.0));
    }
}
