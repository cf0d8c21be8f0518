package org.masthead.engine.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Browser;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin at the console's Money screen, in real headless Chromium: makes March's payout run, approves it, sees
 * what each writer is paid, and simulates the flat-per-read model side by side.
 */
class MoneyConsoleBrowserTest {

    @Test
    void anAdminMakesApprovesAndSimulatesPayouts() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (TestSite site = TestSite.start(builder -> builder.clock(clock).jobTick(Duration.ofMillis(100)))) {
            new MemberReading(site, clock).theWorkedDay();
            clock.advance(Duration.between(clock.instant(), Instant.parse("2026-04-01T01:00:00Z")));
            MemberReading.await(() -> site.count("SELECT COUNT(*) FROM payout_day WHERE state = 'DONE'") == 30,
                    "the payout job");

            try (Browser browser = Browser.open(site.engine().uri())) {
                browser.go("/signin?next=/admin/money");
                browser.find("#email").sendKeys(TestSite.ADMIN_EMAIL);
                browser.find("#password").sendKeys(TestSite.ADMIN_PASSWORD);
                browser.find("form button[type=submit]").click();
                assertEquals("2026-03", browser.find("#run-month").getAttribute("value"));
                assertEquals(List.of(), browser.accessibilityViolations());

                browser.find("form[data-json='POST /api/v1/admin/payout-runs'] button").click();
                browser.await().ignoring(WebDriverException.class)
                        .until(d -> d.findElement(By.cssSelector("[data-run='2026-03']")).getText()
                        .contains("draft"));
                assertTrue(browser.find("#statements-title").getText().contains("2026-03"));
                browser.script("window.confirm = () => true;");
                browser.find("[data-run='2026-03'] button").click();
                browser.await().ignoring(WebDriverException.class)
                        .until(d -> d.findElement(By.cssSelector("[data-run='2026-03']")).getText()
                        .contains("approved by admin"));
                String statements = browser.find("#statements-title").findElement(By.xpath("..")).getText();
                assertTrue(statements.contains("ana USD 36 0 0 0 0.36 USD 0"), statements);
                assertTrue(statements.contains("ben USD 14"), statements);
                assertEquals(1, browser.all("[data-run='2026-03'] a[download]").size(), "the export link");

                new Select(browser.find("#sim-plugin")).selectByValue("payout-flat-per-read");
                browser.script("document.getElementById('sim-from').value = '2026-03-02';"
                        + "document.getElementById('sim-to').value = '2026-03-02';");
                browser.find("form[data-simulation] button").click();
                browser.await().until(d -> !d.findElements(By.cssSelector("[data-simulation-result] table")).isEmpty());
                String simulation = browser.find("[data-simulation-result]").getText();
                assertTrue(simulation.contains("ben 14 25 +11"), simulation);
                assertEquals(List.of(), browser.accessibilityViolations());
                browser.screenshot("money-screen");
            }
            assertEquals("approved", site.admin().get("/api/v1/admin/payout-runs/2026-03").json().get("state")
                    .asText());
        }
    }
}
