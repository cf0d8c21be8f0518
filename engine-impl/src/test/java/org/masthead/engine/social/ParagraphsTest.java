package org.masthead.engine.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.masthead.engine.social.Paragraphs.Anchor;
import org.masthead.engine.social.Paragraphs.Paragraph;
import org.masthead.engine.web.ApiException;

class ParagraphsTest {

    private static List<String> ids(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(paragraph -> paragraph.anchor().id()).toList();
    }

    @Test
    void paragraphsAreTextRunsBetweenBlocks() {
        List<Paragraph> paragraphs = Paragraphs.of("<h1>Title</h1>\n<p>Some <strong>bold</strong> &amp; soft\n"
                + " words.<br />Next line</p>\n<ul>\n<li>one</li>\n<li><p>two</p></li>\n</ul>\n"
                + "<pre><code class=\"language-java\">int x &#61; 1;\n</code></pre>\n<p> </p>");
        assertEquals(List.of("Title", "Some bold & soft words. Next line", "one", "two", "int x = 1;"),
                paragraphs.stream().map(Paragraph::text).toList());
        assertEquals(List.of("0-7e8cd205", "1-8d7b3041", "2-7692c3ad", "3-3fc4ccfe", "4-b1b0343c"), ids(paragraphs));
    }

    @Test
    void textOutsideBlocksIsAParagraphToo() {
        assertEquals(List.of("0-5025d07a"), ids(Paragraphs.of("a &lt;b&gt; <em>c</em>")));
        assertEquals(List.of(), Paragraphs.of(""));
    }

    @Test
    void hashIsTheStartOfTheSha256OfTheText() {
        assertEquals("64ec88ca", Paragraphs.hash("Hello world"));
    }

    @Test
    void anAnchorFollowsItsParagraphWhenEditsMoveIt() {
        List<Paragraph> before = Paragraphs.of("<p>Title</p><p>one</p>");
        Anchor one = before.get(1).anchor();
        List<Paragraph> after = Paragraphs.of("<p>New first</p><p>Title</p><p>one</p>");
        assertEquals(Optional.of("2-7692c3ad"), Paragraphs.locate(after, one).map(p -> p.anchor().id()));
    }

    @Test
    void anAnchorIsLostWhenItsParagraphChanges() {
        Anchor one = Paragraphs.of("<p>one</p>").get(0).anchor();
        assertEquals(Optional.empty(), Paragraphs.locate(Paragraphs.of("<p>one, edited</p>"), one));
    }

    @Test
    void amongEqualParagraphsTheNearestWinsAndTheEarlierOnATie() {
        List<Paragraph> paragraphs = Paragraphs.of("<p>Same</p><p>Other</p><p>Same</p>");
        assertEquals(0, Paragraphs.locate(paragraphs, new Anchor(0, "2a98b1de")).orElseThrow().anchor().index());
        assertEquals(2, Paragraphs.locate(paragraphs, new Anchor(2, "2a98b1de")).orElseThrow().anchor().index());
        assertEquals(2, Paragraphs.locate(paragraphs, new Anchor(5, "2a98b1de")).orElseThrow().anchor().index());
        assertEquals(0, Paragraphs.locate(paragraphs, new Anchor(1, "2a98b1de")).orElseThrow().anchor().index());
    }

    @Test
    void paragraphIdsParse() {
        assertEquals(new Anchor(3, "9f86d081"), Anchor.parse("3-9f86d081"));
        assertEquals("3-9f86d081", new Anchor(3, "9f86d081").id());
        for (String bad : new String[] {null, "", "3", "x-9f86d081", "3-9F86D081", "3-9f86d08", "-1-9f86d081"}) {
            assertEquals("invalid_paragraph_id", assertThrows(ApiException.class, () -> Anchor.parse(bad)).code(),
                    String.valueOf(bad));
        }
    }
}
