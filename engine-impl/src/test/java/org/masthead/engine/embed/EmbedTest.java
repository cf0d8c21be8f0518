package org.masthead.engine.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.FixtureServer;
import org.masthead.engine.testing.TestSite;
import org.masthead.engine.web.Network;

/**
 * Embeds end to end: stories whose paragraphs hold only a URL, resolved through the default plugin and the safe
 * fetcher against fixture "providers" on loopback (the only network the test allows), stored as click-to-load
 * placeholders, link cards or plain links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THUMBNAIL = Pattern.compile("src=\"(/embeds/thumbnails/[0-9a-f]{12}\\.png)\"");

    private FixtureServer provider;
    private FixtureServer internal;
    private TestSite site;
    private Client writer;

    @BeforeAll
    void start() throws UnknownHostException {
        provider = FixtureServer.start();
        // "Another host" on 127.0.0.2, outside the allowed 127.0.0.1/32: what a redirect must not reach.
        internal = FixtureServer.start(InetAddress.getByName("127.0.0.2"));
        internal.route("/secret", 200, "text/html", "<title>secret</title>");
        String origin = provider.origin();
        provider.route("/oembed", 200, "application/json", oEmbed("video", "Cats", "YouTube",
                        "<iframe width=\"480\" height=\"270\" src=\"" + origin + "/embed/abc\"></iframe>"))
                .route("/thumb.png", 200, "image/png", png(640, 360))
                .route("/oembed-evil", 200, "application/json", oEmbed("rich", "Evil", "Evil",
                        "<script>alert(1)</script><iframe src=\"https://evil.example/frame\"></iframe>"))
                .route("/oembed-soon", 200, "application/json", oEmbed("video", "Soon gone", "Soon",
                        "<iframe src=\"" + origin + "/embed/soon\"></iframe>"))
                .route("/article", 200, "text/html; charset=utf-8", "<html><head><title>Fallback</title>"
                        + "<meta property=\"og:title\" content=\"An article\">"
                        + "<meta property=\"og:description\" content=\"About &lt;things&gt;\">"
                        + "<meta property=\"og:image\" content=\"/thumb.png\">"
                        + "<meta property=\"og:site_name\" content=\"Fixture News\"></head></html>")
                .route("/discover", 200, "text/html", "<html><head><link rel=\"alternate\""
                        + " type=\"application/json+oembed\" href=\"/oembed?url=discovered&amp;format=json\">"
                        + "</head></html>")
                .route("/file.pdf", 200, "application/pdf", "%PDF-1.4")
                .route("/slow", exchange -> pause(4_000))
                .route("/huge", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] block = new byte[64 * 1024];
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (int i = 0; i < 1_000; i++) {
                            out.write(block);
                        }
                    }
                })
                .redirect("/redirect", "/redirect2")
                .redirect("/redirect2", internal.origin() + "/secret");
        site = TestSite.start(builder -> builder.embeds(new EmbedSettings(Network.parseList("127.0.0.1/32"),
                EmbedSettings.origins(origin), Duration.ofSeconds(1), Duration.ofDays(1))));
        String providers = "[" + provider("YouTube", "/watch*", "/oembed") + "," + provider("Evil", "/evil/*",
                "/oembed-evil") + "," + provider("Soon", "/soon/*", "/oembed-soon") + "]";
        ObjectNode settings = JSON.createObjectNode().put("extraProviders", providers);
        site.admin().putJson("/api/v1/admin/plugins/embed-oembed/settings", settings.toString()).assertStatus(200);
        writer = site.newUser("ana");
    }

    @AfterAll
    void stop() {
        site.close();
        provider.close();
        internal.close();
    }

    @Test
    void aProviderUrlBecomesAClickToLoadPlaceholderWithALocalThumbnail() throws IOException {
        String url = provider.origin() + "/watch?v=abc";

        String html = story("Watch this:\n\n" + url + "\n\nNice.");

        assertTrue(html.contains("<figure class=\"embed\" data-embed-src=\"" + provider.origin() + "/embed/abc\""
                + " data-embed-provider=\"YouTube\" data-embed-ratio=\"1.7778\">"), html);
        assertTrue(html.contains("<strong class=\"embed-title\">Cats</strong><span class=\"embed-author\">Ana</span>"),
                html);
        assertTrue(html.contains("to YouTube. <a href=\"/privacy\""), "the notice names who receives the data: "
                + html);
        assertFalse(html.contains("<iframe"), "no frame until the reader asks: " + html);
        Matcher thumbnail = THUMBNAIL.matcher(html);
        assertTrue(thumbnail.find(), html);
        Client.Reply image = site.client().get(thumbnail.group(1)).assertStatus(200);
        assertEquals("image/png", image.header("Content-Type"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.bytes()));
        assertEquals(640, decoded.getWidth());
        site.client().get("/embeds/thumbnails/000000000000.png").assertStatus(404);

        long oEmbedCalls = provider.count("/oembed?");
        String again = story(url);
        assertEquals(oEmbedCalls, provider.count("/oembed?"), "the second story uses the cached resolution");
        assertTrue(again.contains("data-embed-src=\"" + provider.origin() + "/embed/abc\""), again);
    }

    @Test
    void aProviderScriptAndAFrameOfAnotherHostAreDropped() {
        String html = story(provider.origin() + "/evil/1");

        assertFalse(html.contains("<script") || html.contains("evil.example") || html.contains("<iframe"), html);
        assertTrue(html.startsWith("<figure class=\"link-card\"><a href=\"" + provider.origin() + "/evil/1\""), html);
        assertTrue(html.contains("<strong class=\"link-card-title\">Evil</strong>"), html);
    }

    @Test
    void writersCannotFrameAnythingNorForgePlaceholders() {
        String frame = provider.origin() + "/embed/abc";
        String html = story("html", "<p>Hi</p><iframe src=\"" + frame + "\"></iframe><figure class=\"embed\""
                + " data-embed-src=\"" + frame + "\" data-embed-provider=\"Masthead\"><p>trust me</p></figure>");

        assertEquals("<p>Hi</p><figure><p>trust me</p></figure>", html);
    }

    @Test
    void anOpenGraphPageBecomesALinkCard() {
        String html = story(provider.origin() + "/article");

        assertTrue(html.matches("<figure class=\"link-card\"><a href=\"" + Pattern.quote(provider.origin())
                + "/article\" rel=\"nofollow noopener ugc\"><img class=\"link-card-image\" src=\"/embeds/thumbnails/"
                + "[0-9a-f]{12}\\.png\" alt=\"\" width=\"640\" height=\"360\" /><span class=\"link-card-text\">"
                + "<strong class=\"link-card-title\">An article</strong><span class=\"link-card-description\">"
                + "About &lt;things&gt;</span><span class=\"link-card-site\">Fixture News</span></span></a></figure>\n?"),
                html);
    }

    @Test
    void aDiscoveryLinkLeadsToTheOEmbed() {
        String html = story(provider.origin() + "/discover");

        assertTrue(html.contains("data-embed-src=\"" + provider.origin() + "/embed/abc\""), html);
        assertTrue(provider.requests().contains("/oembed?url=discovered&format=json"), provider.requests().toString());
    }

    @Test
    void slowHugeRedirectedToPrivateAndNonHtmlPagesStayPlainLinks() {
        for (String path : new String[] {"/slow", "/huge", "/redirect", "/file.pdf", "/nothing-here"}) {
            String url = provider.origin() + path;
            long started = System.nanoTime();

            String html = story(url);

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals("<p><a href=\"" + url + "\" rel=\"nofollow noopener ugc\">" + url + "</a></p>\n", html, path);
            assertTrue(millis < 4_000, path + " took " + millis + " ms to save");
        }
        assertEquals(0, internal.requests().size(), "the redirect to 127.0.0.2 was refused before connecting");
    }

    @Test
    void aRefreshReResolvesAndAGoneProviderDegradesToALink() {
        String url = provider.origin() + "/soon/1";
        JsonNode story = writer.postJson("/api/v1/stories", draft("markdown", url)).assertStatus(201).json();
        assertTrue(story.get("html").asText().contains("data-embed-provider=\"Soon\""), story.toString());

        provider.route("/oembed-soon", 404, "application/json", "{}");
        String body = JSON.createObjectNode().put("url", url).toString();
        writer.postJson("/api/v1/admin/embeds/refresh", body).assertStatus(403);
        site.admin().postJson("/api/v1/admin/embeds/refresh", "{\"url\":\"javascript:alert(1)\"}")
                .assertError(400, "invalid_url");
        JsonNode refreshed = site.admin().postJson("/api/v1/admin/embeds/refresh", body).assertStatus(200).json();

        assertEquals("{\"stories\":1,\"embeds\":0,\"cards\":0,\"links\":1}", refreshed.toString());
        String html = writer.get("/api/v1/stories/" + story.get("id").asText()).assertStatus(200).json().get("html")
                .asText();
        assertEquals("<p><a href=\"" + url + "\" rel=\"nofollow noopener ugc\">" + url + "</a></p>\n", html);
        assertEquals(1, story.get("version").asInt(), "a refresh is no new version of the story");

        JsonNode all = site.admin().send(HttpRequest.newBuilder(site.engine().localUri()
                .resolve("/api/v1/admin/embeds/refresh")).POST(HttpRequest.BodyPublishers.noBody()))
                .assertStatus(200).json();
        assertTrue(all.get("stories").asInt() >= 1 && all.get("embeds").asInt() >= 1, all.toString());
    }

    @Test
    void theContentSecurityPolicyFramesExactlyTheAllowedOrigins() {
        String policy = site.client().get("/").assertStatus(200).header("Content-Security-Policy");

        assertTrue(policy.contains("; frame-src " + provider.origin() + "; "), policy);
        assertTrue(site.count("SELECT COUNT(*) FROM embed_cache") >= 1);
    }

    private String story(String markdown) {
        return story("markdown", markdown);
    }

    private String story(String format, String content) {
        return writer.postJson("/api/v1/stories", draft(format, content)).assertStatus(201).json().get("html").asText();
    }

    private static String draft(String format, String content) {
        return JSON.createObjectNode().put("title", "Embeds").put("contentFormat", format).put("content", content)
                .toString();
    }

    private String provider(String name, String scheme, String endpoint) {
        return JSON.createObjectNode().put("provider_name", name).put("provider_url", provider.origin())
                .set("endpoints", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("url", provider.origin() + endpoint)
                        .set("schemes", JSON.createArrayNode().add(provider.origin() + scheme)))).toString();
    }

    private String oEmbed(String type, String title, String providerName, String html) {
        return JSON.createObjectNode().put("version", "1.0").put("type", type).put("title", title)
                .put("author_name", "Ana").put("provider_name", providerName).put("width", 480).put("height", 270)
                .put("thumbnail_url", provider.origin() + "/thumb.png").put("html", html).toString();
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
