package org.masthead.engine.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.masthead.engine.reading.Source.Origin;

class SourceTest {
    private static Origin of(String source, String referer) {
        return Origin.of(source, referer, "site.example");
    }

    @Test
    void theSourceParameterNamesASurfaceOrAFriendLink() {
        assertEquals(new Origin(Source.FOR_YOU, ""), of("for_you", "https://elsewhere.example/"));
        assertEquals(new Origin(Source.MORE_FROM, ""), of("more_from", null));
        assertEquals(new Origin(Source.FRIEND_LINK, ""), of("friend_link", null));
        // Only the page itself decides external, internal and direct.
        assertEquals(new Origin(Source.DIRECT, ""), of("external", null));
        assertEquals(new Origin(Source.DIRECT, ""), of("FOR_YOU", null));
    }

    @Test
    void otherwiseTheRefererDecides() {
        assertEquals(new Origin(Source.DIRECT, ""), of(null, null));
        assertEquals(new Origin(Source.DIRECT, ""), of(null, " "));
        assertEquals(new Origin(Source.DIRECT, ""), of(null, "android-app://com.example/"));
        assertEquals(new Origin(Source.DIRECT, ""), of(null, "not a url"));
        assertEquals(new Origin(Source.EXTERNAL, "news.example.com"), of(null, "https://News.Example.com/a?b=c"));
        assertEquals(new Origin(Source.HOME, ""), of(null, "https://site.example/"));
        assertEquals(new Origin(Source.HOME, ""), of(null, "http://SITE.example"));
        assertEquals(new Origin(Source.SEARCH, ""), of(null, "https://site.example/search?q=x"));
        assertEquals(new Origin(Source.TAG, ""), of(null, "https://site.example/tag/design"));
        assertEquals(new Origin(Source.INTERNAL, ""), of(null, "https://site.example/@ana"));
        assertEquals(new Origin(Source.INTERNAL, ""), of(null, "https://site.example/searching"));
    }

    @Test
    void wireNamesAndSurfaces() {
        assertEquals("for_you", Source.FOR_YOU.wireName());
        assertEquals(Source.FRIEND_LINK, Source.byWireName("friend_link"));
        assertEquals(null, Source.byWireName(null));
        assertEquals(6, java.util.Arrays.stream(Source.values()).filter(Source::isSurface).count());
    }
}
