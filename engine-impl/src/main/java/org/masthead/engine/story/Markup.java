package org.masthead.engine.story;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.masthead.engine.web.ApiException;

/**
 * Turns a writer's Markdown or HTML into the HTML stored and served for the story. Everything passes through
 * one allowlist sanitizer at write time, so stored HTML is final and pages can render it as trusted.
 */
final class Markup {
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
    private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

    private Markup() {
    }

    /** The sanitized HTML of {@code content}. */
    static String toSafeHtml(Format format, String content) {
        String html = format == Format.MARKDOWN ? RENDERER.render(PARSER.parse(content)) : content;
        return STORY_POLICY.sanitize(html);
    }

    /** The text of sanitized HTML, markup removed, entities left encoded. */
    static String plainText(String safeHtml) {
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
