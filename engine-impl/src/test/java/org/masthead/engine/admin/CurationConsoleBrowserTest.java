package org.masthead.engine.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Browser;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A curator at the console's curation desk, in real headless Chromium, distributes a story into a topic. */
class CurationConsoleBrowserTest {

    @Test
    void aCuratorDistributesAQueuedStoryFromTheDesk() {
        try (TestSite site = TestSite.start()) {
            Client writer = site.newUser("deskwriter");
            Client curator = site.newUser("deskcurator");
            site.admin().putJson("/api/v1/admin/users/" + curator.get("/api/v1/me").json().get("id").asText()
                    + "/role", "{\"role\":\"curator\"}").assertStatus(200);
            String body = IntStream.range(0, 80).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
            String story = writer.postJson("/api/v1/stories", "{\"title\":\"Salt marshes\",\"content\":\"" + body
                    + "\",\"tags\":[\"coast\"]}").assertStatus(201).json().get("id").asText();
            writer.postJson("/api/v1/stories/" + story + "/publish", "{}").assertStatus(200);

            try (Browser browser = Browser.open(site.engine().uri())) {
                browser.go("/signin?next=/admin/curation");
                browser.find("#email").sendKeys("deskcurator@test.example");
                browser.find("#password").sendKeys("password-of-deskcurator");
                browser.find("form button[type=submit]").click();
                browser.await().until(d -> !d.findElements(By.cssSelector("[data-queued]")).isEmpty());
                assertEquals(List.of(), browser.accessibilityViolations());

                WebElement topic = browser.find("#topic-" + story);
                topic.clear();
                topic.sendKeys("Wetlands");
                browser.find("[data-queued='" + story + "'] form button[type=submit]").click();
                browser.await().until(d -> d.findElements(By.cssSelector("[data-queued='" + story + "']")).isEmpty());
                browser.screenshot("curation-desk");
            }

            String status = writer.get("/api/v1/stories/" + story + "/curation").json().get("curationStatus").asText();
            assertEquals("CURATION_STATUS_DISTRIBUTED", status);
            assertTrue(site.client().get("/tag/wetlands").body().contains("Salt marshes"));
        }
    }
}
