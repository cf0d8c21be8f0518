package org.masthead.plugins.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.api.embed.EmbedRequest;
import org.masthead.api.embed.EmbedResult;
import org.masthead.api.embed.FetchException;
import org.masthead.api.embed.FetchedResponse;
import org.masthead.api.embed.HttpFetcher;
import org.masthead.api.plugin.PluginContext;

class OEmbedHandlerTest {

    /** A fetcher answering from a map, recording what was asked; anything else is a 404. */
    private static final class FakeFetcher implements HttpFetcher {
        private final Map<URI, FetchedResponse> answers = new HashMap<>();
        private final List<URI> asked = new ArrayList<>();

        FakeFetcher answer(String url, String mediaType, String body) {
            answers.put(URI.create(url), new FetchedResponse(URI.create(url), mediaType, StandardCharsets.UTF_8,
                    body.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        @Override
        public FetchedResponse get(URI url, List<String> accept) throws FetchException {
            asked.add(url);
            FetchedResponse answer = answers.get(url);
            if (answer == null) {
                throw new FetchException(FetchException.Reason.HTTP_STATUS, url + " answered 404");
            }
            if (!accept.contains(answer.mediaType())) {
                throw new FetchException(FetchException.Reason.UNACCEPTABLE_TYPE, answer.mediaType());
            }
            return answer;
        }
    }

    private static PluginContext context(OEmbedConfig config) {
        return new PluginContext() {
            @Override
            public String pluginId() {
                return "embed-oembed";
            }

            @Override
            public <C extends Record> C config(Class<C> type) {
                return type.cast(config);
            }
        };
    }

    private static EmbedResult embed(String url, FakeFetcher fetcher) {
        return embed(url, fetcher, new OEmbedConfig());
    }

    private static EmbedResult embed(String url, FakeFetcher fetcher, OEmbedConfig config) {
        return new OEmbedHandler(context(config)).embed(new EmbedRequest(URI.create(url), Instant.EPOCH, fetcher));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=abc", "http://example.com", "HTTPS://Example.com/a"})
    void supportsHttpAndHttpsUrlsWithAHost(String url) {
        assertTrue(new OEmbedHandler(context(new OEmbedConfig())).supports(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "mailto:ana@example.com", "javascript:alert(1)",
            "file:///etc/passwd", "https:///no-host", "/relative/path", "data:text/html,hi"})
    void refusesEverythingElse(String url) {
        assertFalse(new OEmbedHandler(context(new OEmbedConfig())).supports(URI.create(url)));
    }

    @Test
    void aYouTubeVideoIsAnEmbedFromTheNoCookieDomain() {
        FakeFetcher fetcher = new FakeFetcher().answer(
                "https://www.youtube.com/oembed?format=json&url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc",
                "application/json", """
                {"type":"video","title":"Cats","author_name":"Ana","provider_name":"YouTube","width":480,
                 "height":270,"thumbnail_url":"https://i.ytimg.com/vi/abc/hqdefault.jpg",
                 "html":"<iframe width=\\"480\\" height=\\"270\\" src=\\"https://www.youtube.com/embed/abc?feature=oembed\\" allowfullscreen></iframe>"}
                """);

        EmbedResult result = embed("https://www.youtube.com/watch?v=abc", fetcher);

        URI url = URI.create("https://www.youtube.com/watch?v=abc");
        assertEquals(new EmbedResult.Embed(url, "YouTube", "Cats", "Ana",
                URI.create("https://i.ytimg.com/vi/abc/hqdefault.jpg"),
                "<iframe width=\"480\" height=\"270\" src=\"https://www.youtube-nocookie.com/embed/abc?feature=oembed\""
                        + " allowfullscreen></iframe>", 480.0 / 270, Set.of("www.youtube-nocookie.com")), result);
    }

    @Test
    void anXPostMadeOfAScriptIsACardWithItsText() {
        FakeFetcher fetcher = new FakeFetcher().answer(
                "https://publish.twitter.com/oembed?format=json&url=https%3A%2F%2Fx.com%2Fana%2Fstatus%2F1",
                "application/json", """
                {"type":"rich","author_name":"Ana","provider_name":"Twitter","html":
                 "<blockquote class=\\"twitter-tweet\\"><p>Hello <b>world</b></p>&mdash; Ana (@ana)</blockquote><script async src=\\"https://platform.twitter.com/widgets.js\\"></script>"}
                """);

        EmbedResult result = embed("https://x.com/ana/status/1", fetcher);

        assertEquals(new EmbedResult.LinkCard(URI.create("https://x.com/ana/status/1"), "Ana",
                "Hello world — Ana (@ana)", null, "Twitter"), result);
    }

    @Test
    void aPageWithADiscoveryLinkIsEmbeddedThroughIt() {
        FakeFetcher fetcher = new FakeFetcher()
                .answer("https://videos.example/v/1", "text/html", """
                        <html><head><link rel="alternate" type="application/json+oembed"
                        href="/oembed?url=v1&amp;format=json"><meta property="og:title" content="Not this"></head></html>
                        """)
                .answer("https://videos.example/oembed?url=v1&format=json", "application/json", """
                        {"type":"video","title":"Clip","provider_name":"Videos","width":"400","height":"300",
                         "html":"<script>alert(1)</script><iframe src=\\"//player.videos.example/1\\"></iframe>"}
                        """);

        EmbedResult result = embed("https://videos.example/v/1", fetcher);

        assertEquals(new EmbedResult.Embed(URI.create("https://videos.example/v/1"), "Videos", "Clip", "", null,
                "<script>alert(1)</script><iframe src=\"https://player.videos.example/1\"></iframe>", 400.0 / 300,
                Set.of("player.videos.example")), result, "the engine, not the plugin, drops the script");
    }

    @Test
    void anOpenGraphPageIsALinkCardWithAnAbsoluteImage() {
        FakeFetcher fetcher = new FakeFetcher().answer("https://blog.example/post", "text/html", """
                <html><head><title>Fallback</title>
                <meta property="og:title" content="  A post  ">
                <meta name="twitter:description" content="What it is about">
                <meta property="og:image" content="/img/cover.png">
                <meta property="og:site_name" content="The Blog"></head><body></body></html>
                """);

        EmbedResult result = embed("https://blog.example/post", fetcher);

        assertEquals(new EmbedResult.LinkCard(URI.create("https://blog.example/post"), "A post", "What it is about",
                URI.create("https://blog.example/img/cover.png"), "The Blog"), result);
    }

    @Test
    void aPageWithOnlyATitleIsACardNamedAfterItsHost() {
        FakeFetcher fetcher = new FakeFetcher().answer("https://www.example.com/", "text/html",
                "<title>Example</title>");

        assertEquals(new EmbedResult.LinkCard(URI.create("https://www.example.com/"), "Example", "", null,
                "example.com"), embed("https://www.example.com/", fetcher));
    }

    @Test
    void aProviderAndPageThatAreGoneLeaveAPlainLink() {
        FakeFetcher fetcher = new FakeFetcher();

        EmbedResult result = embed("https://vimeo.com/123", fetcher);

        assertEquals(new EmbedResult.PlainLink(URI.create("https://vimeo.com/123")), result);
        assertEquals(List.of(URI.create("https://vimeo.com/api/oembed.json?format=json&url=https%3A%2F%2Fvimeo.com%2F123"),
                URI.create("https://vimeo.com/123")), fetcher.asked, "the oEmbed endpoint, then the page");
    }

    @Test
    void nonHtmlPagesAndPagesWithoutTitleStayPlainLinks() {
        FakeFetcher fetcher = new FakeFetcher().answer("https://files.example/a.pdf", "application/pdf", "%PDF")
                .answer("https://files.example/empty", "text/html", "<p>no title</p>");

        assertEquals(new EmbedResult.PlainLink(URI.create("https://files.example/a.pdf")),
                embed("https://files.example/a.pdf", fetcher));
        assertEquals(new EmbedResult.PlainLink(URI.create("https://files.example/empty")),
                embed("https://files.example/empty", fetcher));
    }

    @Test
    void extraProvidersComeFirstAndSwitchesTurnPagesOff() {
        String extra = """
                [{"provider_name":"Intranet Video","provider_url":"https://video.corp",
                  "endpoints":[{"schemes":["https://video.corp/*"],"url":"https://video.corp/oembed"}]}]
                """;
        FakeFetcher fetcher = new FakeFetcher().answer(
                "https://video.corp/oembed?format=json&url=https%3A%2F%2Fvideo.corp%2Fv%2F9", "application/json",
                "{\"type\":\"link\",\"title\":\"All hands\"}")
                .answer("https://blog.example/post", "text/html", "<title>A post</title>");

        assertEquals(new EmbedResult.LinkCard(URI.create("https://video.corp/v/9"), "All hands", "", null,
                "Intranet Video"), embed("https://video.corp/v/9", fetcher, new OEmbedConfig(extra, true, true)));
        assertEquals(new EmbedResult.PlainLink(URI.create("https://blog.example/post")),
                embed("https://blog.example/post", fetcher, new OEmbedConfig("[]", false, false)));
    }

    @Test
    void invalidExtraProvidersAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OEmbedConfig("{", true, true))
                .getMessage().startsWith("providers are not valid JSON"));
        assertEquals("a provider or endpoint lacks its \"url\"", assertThrows(IllegalArgumentException.class,
                () -> new OEmbedConfig("[{\"provider_name\":\"A\",\"endpoints\":[{\"schemes\":[\"x\"]}]}]", true,
                        true)).getMessage());
        assertEquals("endpoint ftp://a/oembed is not an http(s) URL", assertThrows(IllegalArgumentException.class,
                () -> new OEmbedConfig("[{\"provider_name\":\"A\",\"endpoints\":[{\"url\":\"ftp://a/oembed\"}]}]",
                        true, true)).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/embed/abc?feature=oembed, https://www.youtube-nocookie.com/embed/abc?feature=oembed",
            "https://youtube.com/embed/abc, https://www.youtube-nocookie.com/embed/abc",
            "https://www.youtube.com/watch?v=abc, https://www.youtube.com/watch?v=abc",
            "https://player.vimeo.com/video/1?h=2, https://player.vimeo.com/video/1?h=2&dnt=1",
            "https://player.vimeo.com/video/1, https://player.vimeo.com/video/1?dnt=1",
            "https://player.vimeo.com/video/1?dnt=1, https://player.vimeo.com/video/1?dnt=1",
            "https://open.spotify.com/embed/track/1, https://open.spotify.com/embed/track/1"})
    void playersAreMovedToTheirMorePrivateVariants(String src, String expected) {
        assertEquals(URI.create(expected), FramePrivacy.rewrite(URI.create(src)));
    }

    @Test
    void theBundledProvidersMatchTheirUrls() {
        assertEquals("YouTube", Providers.find(URI.create("https://youtu.be/abc"), "[]").orElseThrow().provider());
        assertEquals("X", Providers.find(URI.create("https://twitter.com/ana/status/1"), "[]").orElseThrow().provider());
        assertEquals("Spotify", Providers.find(URI.create("https://open.spotify.com/track/1"), "[]").orElseThrow()
                .provider());
        assertTrue(Providers.find(URI.create("https://gist.github.com/ana/1"), "[]").isEmpty());
    }
}
