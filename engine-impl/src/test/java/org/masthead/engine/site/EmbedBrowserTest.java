package org.masthead.engine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.engine.embed.EmbedSettings;
import org.masthead.engine.web.Network;
import org.masthead.engine.testing.Browser;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.FixtureServer;
import org.masthead.engine.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A story with a "YouTube" embed in real headless Chromium: until the reader clicks, the browser asks nothing of
 * any host but the site (its network log and the fixture provider's request count agree); after the click the
 * sandboxed player loads; a remembered consent loads it at once.
 */
class EmbedBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureServer youtube;
    private TestSite site;
    private String storyPath;

    @BeforeEach
    void publishAStoryWithAnEmbed() throws IOException {
        youtube = FixtureServer.start();
        String origin = youtube.origin();
        ByteArrayOutputStream thumbnail = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB), "png", thumbnail);
        youtube.route("/oembed", 200, "application/json", JSON.createObjectNode().put("type", "video")
                        .put("title", "Cats in the snow").put("author_name", "Ana").put("provider_name", "YouTube")
                        .put("width", 480).put("height", 270).put("thumbnail_url", origin + "/vi/abc/hqdefault.png")
                        .put("html", "<iframe src=\"" + origin + "/embed/abc\"></iframe>").toString())
                .route("/vi/abc/hqdefault.png", 200, "image/png", thumbnail.toByteArray())
                .route("/embed/abc", 200, "text/html", "<!DOCTYPE html><title>Player</title><p id=\"player\">"
                        + "Fixture player</p>");
        site = TestSite.start(builder -> builder.embeds(new EmbedSettings(Network.parseList("127.0.0.1/32"),
                EmbedSettings.origins(origin), Duration.ofSeconds(2), Duration.ofDays(1))));
        String providers = JSON.createArrayNode().add(JSON.createObjectNode().put("provider_name", "YouTube")
                .put("provider_url", origin).set("endpoints", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("url", origin + "/oembed")
                        .set("schemes", JSON.createArrayNode().add(origin + "/watch*"))))).toString();
        site.admin().putJson("/api/v1/admin/plugins/embed-oembed/settings",
                JSON.createObjectNode().put("extraProviders", providers).toString()).assertStatus(200);
        Client writer = site.newUser("ana");
        JsonNode story = writer.postJson("/api/v1/stories", JSON.createObjectNode().put("title", "Snow")
                .put("content", "Look:\n\n" + origin + "/watch?v=abc\n").toString()).assertStatus(201).json();
        storyPath = writer.postJson("/api/v1/stories/" + story.get("id").asText() + "/publish", "{}")
                .assertStatus(200).json().get("url").asText();
        assertEquals(List.of("/oembed", "/vi/abc/hqdefault.png"),
                youtube.requests().stream().map(request -> request.replaceAll("\\?.*", "")).toList(),
                "the engine fetched the oEmbed and the thumbnail once, at save time");
    }

    @AfterEach
    void stop() {
        site.close();
        youtube.close();
    }

    @Test
    void nothingReachesTheProviderBeforeTheClickAndThePlayerLoadsAfterIt() {
        try (Browser browser = Browser.open(site.engine().uri())) {
            browser.go(storyPath);
            WebElement load = browser.find("figure.embed .embed-load");
            assertEquals("Load YouTube content", load.getText());
            assertTrue(browser.find("figure.embed figcaption").getText().contains("to YouTube."));
            String thumbnail = browser.find("figure.embed img.embed-thumbnail").getAttribute("src");
            assertTrue(thumbnail.startsWith(site.engine().uri() + "embeds/thumbnails/"), thumbnail);
            browser.screenshot("embed-placeholder");
            assertEquals(List.of(), browser.accessibilityViolations("figure.embed"));

            List<String> before = browser.requestedUrls();
            assertTrue(before.stream().anyMatch(url -> url.contains("/embeds/thumbnails/")), before.toString());
            // chrome:// and data: URLs are the browser's own, not network requests.
            assertEquals(List.of(), before.stream().filter(url -> url.matches("(?i)(https?|wss?|ftp)://.*"))
                    .filter(url -> !url.startsWith(site.engine().uri().toString())).toList(),
                    "the page asked no host but the site's own");
            assertEquals(2, youtube.requests().size(), "no request reached the provider");

            load.click();

            WebElement frame = browser.find("figure.embed iframe");
            assertEquals(youtube.origin() + "/embed/abc", frame.getAttribute("src"));
            assertEquals("allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
                    + " allow-presentation", frame.getAttribute("sandbox"));
            browser.driver().switchTo().frame(frame);
            assertEquals("Fixture player", browser.find("#player").getText());
            browser.driver().switchTo().defaultContent();
            assertEquals(1, youtube.count("/embed/abc"));
            assertTrue(browser.requestedUrls().contains(youtube.origin() + "/embed/abc"));
            assertEquals(List.of(), browser.accessibilityViolations("figure.embed"));
            browser.screenshot("embed-loaded");
        }
    }

    @Test
    void aRememberedConsentLoadsTheProviderAtOnceUntilWithdrawn() {
        try (Browser browser = Browser.open(site.engine().uri())) {
            browser.go(storyPath);
            browser.find("figure.embed .embed-remember input").click();
            browser.find("figure.embed .embed-load").click();
            browser.find("figure.embed iframe");

            browser.go(storyPath);
            browser.find("figure.embed iframe");
            assertTrue(browser.all("figure.embed .embed-load").isEmpty(), "consented: no click needed");
            assertEquals("[\"YouTube\"]", browser.script("return localStorage.getItem('masthead.embeds.consent')"));

            browser.find("figure.embed .embed-forget").click();
            browser.go(storyPath);
            browser.find("figure.embed .embed-load");
            assertFalse(browser.driver().findElements(By.cssSelector("figure.embed iframe")).size() > 0);
        }
    }
}
