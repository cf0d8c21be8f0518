package org.masthead.engine.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Nothing is lost while the SMTP server is down or missing, and nothing is sent twice when it is back. */
class MailOutageTest {
    private static final int FOLLOWERS = 4;

    @Test
    void mailQueuedWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            String anaId = MailSite.id(ana);
            List<String> followers = new ArrayList<>();
            for (int i = 1; i <= FOLLOWERS; i++) {
                mail.newUser("fan" + i).sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);
                followers.add("fan" + i + "@test.example");
            }
            publish(ana, "Before the storm");
            for (String follower : followers) {
                mail.await(follower, "Before the storm");
            }
            mail.waitFor(() -> mail.to("ana@test.example", "started following you").size() == FOLLOWERS,
                    "the follower notifications");

            mail.stopSmtp();
            publish(ana, "During the storm");
            // A follow after the story went out is not a reason for its newsletter, however soon it is consumed.
            mail.clock.advance(Duration.ofSeconds(1));
            mail.newUser("late").sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);
            mail.waitFor(() -> mail.site.count("SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0") > 0,
                    "a failed attempt");
            // The next round, after the backoff, fails too; the mail stays queued.
            mail.clock.advance(Duration.ofMinutes(2));
            mail.waitFor(() -> mail.site.count("SELECT COALESCE(SUM(attempts), 0) FROM mail_outbox") >= 2,
                    "a second failed attempt");
            mail.waitFor(() -> mail.site.count("SELECT COUNT(*) FROM mail_outbox WHERE state IN ('QUEUED', 'SENDING')")
                    == FOLLOWERS + 1, "the newsletter and the late follower's notification, waiting");
            assertEquals(0, mail.site.count("SELECT COUNT(*) FROM mail_outbox WHERE state = 'FAILED'"));

            mail.startSmtp();
            mail.clock.advance(Duration.ofHours(2));
            for (String follower : followers) {
                mail.await(follower, "During the storm");
            }
            mail.await("ana@test.example", "late started following you.");
            MailSite.settle();

            for (String follower : followers) {
                assertEquals(1, mail.to(follower, "Before the storm").size(), follower);
                assertEquals(1, mail.to(follower, "During the storm").size(), follower);
            }
            assertEquals(FOLLOWERS + 1, mail.to("ana@test.example", "started following you").size());
            List<MimeMessage> all = mail.received();
            Set<String> messageIds = new HashSet<>();
            all.forEach(message -> messageIds.add(MailSite.header(message, "Message-ID")));
            assertEquals(all.size(), messageIds.size(), "no mail twice");
            assertEquals(3L * FOLLOWERS + 1, all.size());
            assertEquals(all.size(), mail.site.count("SELECT COUNT(*) FROM mail_outbox WHERE state = 'SENT'"));
            assertEquals(all.size(), mail.site.count("SELECT COUNT(*) FROM mail_outbox"));
        }
    }

    @Test
    void withoutAnSmtpServerMailWaitsAndHealthSaysSo() {
        try (TestSite site = TestSite.start(builder -> builder.jobTick(Duration.ofMillis(100)))) {
            Client ana = site.newUser("ana");
            site.newUser("bob").sendJson("PUT", "/api/v1/users/" + MailSite.id(ana) + "/follow", "").assertStatus(200);
            publish(ana, "Unsent");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (site.count("SELECT COUNT(*) FROM mail_outbox") < 2 && System.nanoTime() < deadline) {
                MailSite.settle();
            }
            MailSite.settle();
            assertEquals(2, site.count("SELECT COUNT(*) FROM mail_outbox WHERE state = 'QUEUED' AND attempts = 0"));
            JsonNode health = site.client().get("/health").assertStatus(200).json().get("mail");
            assertEquals("not configured", health.get("smtp").asText());
            assertEquals(2, health.get("waiting").asLong());
            assertEquals(0, health.get("failed").asLong());
            assertTrue(site.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'newsletter'") == 1);
        }
    }

    private static void publish(Client writer, String title) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"Text.\"}")
                .assertStatus(201).json().get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{\"notifyFollowers\":true}").assertStatus(200);
    }
}
