package org.masthead.engine.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
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
    void paragraphsHoldingOnlyAUrlAreEmbeds() {
        String html = Markup.toSafeHtml(Markup.Format.MARKDOWN, "Intro https://not.alone\n\n"
                + "https://www.youtube.com/watch?v=abc&t=1\n\n<https://vimeo.com/1>\n\n"
                + "[https://a.example/x](https://a.example/x)\n\n[other text](https://b.example)\n\n"
                + "ftp://files.example/x\n\nhttps://www.youtube.com/watch?v=abc&t=1\n");

        assertEquals(List.of(URI.create("https://www.youtube.com/watch?v=abc&t=1"), URI.create("https://vimeo.com/1"),
                URI.create("https://a.example/x")), Markup.embedUrls(html));
        assertEquals("<p>Intro https://not.alone</p>\n<figure>YT</figure>\n"
                        + "<p><a href=\"https://vimeo.com/1\" rel=\"nofollow noopener ugc\">https://vimeo.com/1</a></p>\n"
                        + "<figure>A</figure>\n<p><a href=\"https://b.example\" rel=\"nofollow noopener ugc\">other text</a></p>\n"
                        + "<p>ftp://files.example/x</p>\n<figure>YT</figure>\n",
                Markup.withEmbeds(html, Map.of(URI.create("https://www.youtube.com/watch?v=abc&t=1"), "<figure>YT</figure>",
                        URI.create("https://a.example/x"), "<figure>A</figure>")));
        assertEquals(List.of(URI.create("https://c.example/")), Markup.embedUrls(Markup.toSafeHtml(Markup.Format.HTML,
                "<p> <a href=\"https://c.example/\" title=\"t\">https://c.example/</a> </p>")));
    }

    @Test
    void aStoryEmbedsAtMostTwentyUrls() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            markdown.append("https://example.com/").append(i).append("\n\n");
        }

        List<URI> urls = Markup.embedUrls(Markup.toSafeHtml(Markup.Format.MARKDOWN, markdown.toString()));

        assertEquals(Markup.MAX_EMBEDS, urls.size());
        assertEquals(URI.create("https://example.com/19"), urls.get(19));
    }

    @Test
    void formats() {
        assertEquals(Markup.Format.MARKDOWN, Markup.Format.parse(null));
        assertEquals(Markup.Format.HTML, Markup.Format.parse("HTML"));
        assertEquals("invalid_content_format",
                assertThrows(ApiException.class, () -> Markup.Format.parse("rtf")).code());
    }
}
