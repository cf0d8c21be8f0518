package org.masthead.plugins.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;

class OEmbedHandlerTest {

    private final OEmbedHandler handler = new OEmbedHandler();

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=abc", "http://example.com", "HTTPS://Example.com/a"})
    void supportsHttpAndHttpsUrlsWithAHost(String url) {
        assertTrue(handler.supports(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "mailto:ana@example.com", "javascript:alert(1)",
            "file:///etc/passwd", "https:///no-host", "/relative/path", "data:text/html,hi"})
    void refusesEverythingElse(String url) {
        assertFalse(handler.supports(URI.create(url)));
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.example.com/blog/first-post/?utm=x#top, www.example.com/blog/first-post, example.com",
            "https://example.com/, example.com, example.com",
            "https://example.com, example.com, example.com",
            "http://WWW.Example.COM:8080/A//, www.example.com/A, example.com",
            "https://gist.github.com/ana/1f2e, gist.github.com/ana/1f2e, gist.github.com",
            "https://example.com/caf%C3%A9, example.com/café, example.com"})
    void makesALinkCardFromTheUrlAlone(String url, String title, String siteName) {
        URI uri = URI.create(url);

        EmbedResult result = handler.embed(new EmbedRequest(uri, Instant.EPOCH));

        assertEquals(new EmbedResult.LinkCard(uri, title, "", null, siteName), result);
    }

    @Test
    void anUnsupportedUrlStaysAPlainLink() {
        URI uri = URI.create("ftp://example.com/file");

        assertEquals(new EmbedResult.PlainLink(uri), handler.embed(new EmbedRequest(uri, Instant.EPOCH)));
    }
}
