package org.masthead.engine.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void isTheTextOfTheHtmlCutAfterAWord() {
        assertEquals("Fish & chips — with <salt>.", Excerpt.of("<p>Fish &amp; chips &mdash;</p>\n<p>with &lt;salt&gt;.</p>", 100));
        assertEquals("One two…", Excerpt.of("<p>One two three four</p>", 10));
        assertEquals("Unbreakabl…", Excerpt.of("<p>Unbreakableword</p>", 11));
        assertEquals("", Excerpt.of("<img src=\"/a.png\">", 10));
    }
}
