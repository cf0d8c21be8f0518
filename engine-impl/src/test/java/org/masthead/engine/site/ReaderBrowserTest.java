package org.masthead.engine.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.engine.media.TestImages;
import org.masthead.engine.testing.Browser;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What readers and writers do on the site, in real headless Chromium. */
class ReaderBrowserTest {
    private static final String SENTENCE = "Tides are the slow breathing of the sea.";

    @TempDir
    Path files;

    @Test
    void writeAndPublishThenReadClapHighlightRespondAndFollow() throws Exception {
        try (TestSite site = TestSite.start(b -> b.jobTick(java.time.Duration.ofMillis(500)))) {
            String storyUrl;
            try (Browser writer = Browser.open(site.engine().uri())) {
                signUp(writer, "Ana Writer", "ana");

                writer.go("/new-story");
                writer.find("#title").sendKeys("Notes on the tide");
                writer.find(".CodeMirror textarea").sendKeys("An opening line.\n\n" + SENTENCE
                        + " It comes in twice a day.\n\n");
                Path image = files.resolve("shore.png");
                Files.write(image, TestImages.encode(TestImages.filled(64, 48, java.awt.Color.BLUE), "png"));
                writer.driver().findElement(By.id("image")).sendKeys(image.toString());
                writer.await().until(d -> writer.find(".editor-status").getText().equals("Image added"));
                writer.find("#open-publish").click();
                writer.find("#tags").sendKeys("oceans, science");
                writer.find("#publish-now").click();
                writer.await().until(d -> d.getCurrentUrl().contains("/@ana/notes-on-the-tide-"));
                storyUrl = writer.driver().getCurrentUrl();
                assertEquals("Notes on the tide", writer.find(".story h1").getText());
                assertTrue(writer.find(".story .body img").getAttribute("src").contains("/images/"));
                assertEquals(2, writer.all(".tags a").size());
                writer.screenshot("story-page-writer");
            }

            try (Browser reader = Browser.open(site.engine().uri())) {
                signUp(reader, "Ben Reader", "ben");
                reader.driver().get(storyUrl);

                WebElement clap = reader.find("button.clap");
                for (int i = 1; i <= 3; i++) {
                    clap.click();
                    String expected = String.valueOf(i);
                    reader.await().until(d -> reader.find(".clap-count").getText().equals(expected));
                }
                assertEquals("You clapped 3 times", reader.find(".your-claps").getText());

                reader.script("""
                        const paragraph = [...document.querySelectorAll('.story .body p')]
                            .find(p => p.textContent.startsWith(arguments[0]));
                        const text = paragraph.firstChild;
                        const range = document.createRange();
                        range.setStart(text, 0);
                        range.setEnd(text, arguments[0].length);
                        document.getSelection().removeAllRanges();
                        document.getSelection().addRange(range);""", SENTENCE);
                reader.await().until(d -> reader.find(".highlight-button").isDisplayed());
                reader.find(".highlight-button").click();
                reader.await().until(d -> !reader.all(".story .body mark").isEmpty());
                assertEquals(SENTENCE, reader.find(".story .body mark").getText());

                reader.find("#response-text").sendKeys("Lovely piece about the sea.");
                reader.find("form.respond button[type=submit]").click();
                reader.await().until(d -> reader.all(".response").stream()
                        .anyMatch(r -> r.getText().contains("Lovely piece about the sea.")));

                WebElement follow = reader.find("button.follow");
                follow.click();
                reader.await().until(d -> "true".equals(reader.find("button.follow").getAttribute("aria-pressed")));
                reader.screenshot("story-page-reader");

                reader.go("/");
                assertTrue(reader.find(".feed .card h2").getText().contains("Notes on the tide"));
                reader.screenshot("home-page");

                for (String page : new String[] {storyUrl, "/", "/@ana", "/tag/oceans", "/me/settings", "/new-story",
                    "/me/stats", "/me/drafts"}) {
                    reader.go(page.startsWith("http") ? java.net.URI.create(page).getPath() : page);
                    assertEquals(List.of(), reader.accessibilityViolations(), page);
                }
            }

            try (Browser writer = Browser.open(site.engine().uri())) {
                signIn(writer, "ana");
                // The reader's view reached the beacon; the stats page shows it once the reading job folded it in.
                writer.await().withTimeout(java.time.Duration.ofSeconds(20)).until(d -> {
                    writer.go("/me/stats");
                    return writer.all(".data tbody tr td").size() > 1
                            && writer.all(".data tbody tr td").get(1).getText().equals("1");
                });
                writer.screenshot("stats-page");
            }

            assertEquals(3, site.count("SELECT SUM(claps) FROM story_clap"));
            assertEquals(1, site.count("SELECT COUNT(*) FROM highlight"));
            assertEquals(1, site.count("SELECT COUNT(*) FROM user_follow"));
            assertEquals(1, site.count("SELECT COUNT(*) FROM story WHERE parent_id IS NOT NULL"));
        }
    }

    @Test
    void nothingFromContentRunsAsScript() {
        try (TestSite site = TestSite.start()) {
            Client mallory = site.newUser("mallory");
            mallory.sendJson("PATCH", "/api/v1/me", """
                    {"displayName":"\\"><img src=x onerror=\\"window.pwned='name'\\">",
                     "bio":"<script>window.pwned='bio'</script>"}""").assertStatus(200);
            String id = mallory.postJson("/api/v1/stories", """
                    {"title":"<script>window.pwned='title'</script>","contentFormat":"markdown",
                     "content":"Hello <script>window.pwned='body'</script>\\n\\n<img src=x onerror=\\"window.pwned='img'\\">\\n\\n[click](javascript:window.pwned='link')",
                     "tags":["safety"]}""").assertStatus(201).json().get("id").asText();
            String url = mallory.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200)
                    .json().get("url").asText();

            try (Browser reader = Browser.open(site.engine().uri())) {
                for (String path : new String[] {url, "/", "/@mallory", "/tag/safety"}) {
                    reader.go(path);
                    assertNull(reader.script("return window.pwned;"), path);
                    assertFalse(reader.driver().getPageSource().contains("<script>window.pwned"), path);
                    assertTrue(reader.all("a[href^='javascript:']").isEmpty(), path);
                    assertTrue(reader.all("img[onerror]").isEmpty(), path);
                }
                reader.go(url);
                assertEquals("<script>window.pwned='title'</script>", reader.find(".story h1").getText());
                reader.go("/@mallory");
                assertEquals("<script>window.pwned='bio'</script>", reader.find(".bio").getText());
            }
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.go("/signin");
        browser.find("#email").sendKeys(username + "@test.example");
        browser.find("#password").sendKeys("password-of-" + username);
        browser.find("form button[type=submit]").click();
        browser.await().until(d -> !d.findElements(By.cssSelector("[data-sign-out]")).isEmpty());
    }

    private static void signUp(Browser browser, String name, String username) {
        browser.go("/signup");
        browser.find("#displayName").sendKeys(name);
        browser.find("#username").sendKeys(username);
        browser.find("#email").sendKeys(username + "@test.example");
        browser.find("#password").sendKeys("password-of-" + username);
        browser.find("form button[type=submit]").click();
        browser.await().until(d -> !d.findElements(By.cssSelector("[data-sign-out]")).isEmpty());
    }
}
