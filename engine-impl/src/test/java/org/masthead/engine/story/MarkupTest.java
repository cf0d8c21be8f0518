package org.masthead.engine.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.web.ApiException;

class MarkupTest {

    @Test
    void markdownBecomesSanitizedHtml() {
        assertEquals("<h1>Title</h1>\n<p>Some <strong>bold</strong> and <em>soft</em> words.</p>\n",
                Markup.toSafeHtml(Markup.Format.MARKDOWN, "# Title\n\nSome **bold** and *soft* words."));
    }

    @Test
    void linksGetRelAndScriptsAreDropped() {
        assertEquals("<p>See <a href=\"https://example.org\" rel=\"nofollow noopener ugc\">this</a>.</p>\n",
                Markup.toSafeHtml(Markup.Format.MARKDOWN, "See [this](https://example.org).<script>alert(1)</script>"));
        assertEquals("<p>x</p>", Markup.toSafeHtml(Markup.Format.HTML,
                "<p onclick=\"steal()\">x</p><script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>"));
        assertEquals("<p>bad</p>",
                Markup.toSafeHtml(Markup.Format.HTML, "<p><a href=\"javascript:alert(1)\">bad</a></p>"));
    }

    @Test
    void codeBlocksKeepTheirLanguage() {
        assertEquals("<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;\n</code></pre>\n",
                Markup.toSafeHtml(Markup.Format.MARKDOWN, "```java\nint x = 1 < 2;\n```"));
    }

    @Test
    void countsWordsAndReadingTime() {
        assertEquals(5, Markup.wordCount("<h1>Two words</h1><p>and three more</p>"));
        assertEquals(0, Markup.wordCount(""));
        assertEquals("Two words and three more", Markup.plainText("<h1>Two words</h1><p>and three more</p>"));
        assertEquals(2, Markup.linkCount("<p><a href=\"https://a.example\">a</a> <a href=\"https://b.example\">b</a></p>"));
        assertEquals(1, Markup.readingMinutes(0));
        assertEquals(1, Markup.readingMinutes(265));
        assertEquals(2, Markup.readingMinutes(266));
    }

    @Test
    void slugsAndTags() {
        assertEquals("hello-world-notes-on-type", Slugs.of("Hello, Wörld: notes on type"));
        assertEquals("story", Slugs.of("!!!"));
        assertEquals(List.of("design", "ux-writing"), Slugs.tags(List.of("Design", " UX writing ", "design")));
        assertEquals("too_many_tags", assertThrows(ApiException.class,
                () -> Slugs.tags(List.of("a", "b", "c", "d", "e", "f"))).code());
        assertEquals("invalid_tag", assertThrows(ApiException.class, () -> Slugs.tags(List.of("!!"))).code());
    }

    @Test
    void formats() {
        assertEquals(Markup.Format.MARKDOWN, Markup.Format.parse(null));
        assertEquals(Markup.Format.HTML, Markup.Format.parse("HTML"));
        assertEquals("invalid_content_format",
                assertThrows(ApiException.class, () -> Markup.Format.parse("rtf")).code());
    }
}
