package org.masthead.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.masthead.engine.mail.MailSite;
import org.masthead.engine.testing.Client;

/** The digest against a real SMTP server: daily and weekly readers get the ranker's picks of their period, once. */
class DigestTest {

    @Test
    void dailyAndWeeklyReadersGetTheirPeriodsPicksOnceAndNobodyElse() {
        try (MailSite mail = MailSite.start()) {
            // The site starts on Monday 2026-03-02 at 10:00 UTC; its first digests cover that day and that week.
            Client ana = mail.newUser("ana");
            Client bob = mail.newUser("bob");
            Client cyd = mail.newUser("cyd");
            Client dan = mail.newUser("dan");
            for (Client reader : new Client[] {bob, cyd, dan}) {
                reader.sendJson("PUT", "/api/v1/users/" + MailSite.id(ana) + "/follow", "").assertStatus(200);
            }
            cyd.putJson("/api/v1/me/mail-preferences", "{\"digest\":\"weekly\"}").assertStatus(200);
            dan.putJson("/api/v1/me/mail-preferences", "{\"digest\":\"off\"}").assertStatus(200);
            String story = ana.postJson("/api/v1/stories", "{\"title\":\"Morning tide\",\"content\":\"The sea came"
                    + " in at dawn.\",\"tags\":[\"sea\"]}").assertStatus(201).json().get("id").asText();
            ana.postJson("/api/v1/stories/" + story + "/publish", "{}").assertStatus(200);
            MailSite.settle();

            mail.clock.advance(Duration.ofHours(14).plusMinutes(5));
            MimeMessage daily = mail.await("bob@test.example", "Your daily digest for March 2");

            assertEquals("Your daily digest for March 2: Morning tide", MailSite.subject(daily));
            String text = MailSite.text(daily);
            assertTrue(text.contains("Morning tide") && text.contains("You follow ana"), text);
            assertEquals("List-Unsubscribe=One-Click", MailSite.header(daily, "List-Unsubscribe-Post"));
            MailSite.settle();
            assertEquals(1, mail.to("bob@test.example", "digest").size(), "once");
            assertTrue(mail.to("cyd@test.example", "digest").isEmpty(), "weekly: not yet");
            assertTrue(mail.to("dan@test.example", "digest").isEmpty(), "digest off");
            assertTrue(mail.to("ana@test.example", "digest").isEmpty(), "nothing but her own story to send her");

            mail.clock.advance(Duration.ofDays(6));
            MimeMessage weekly = mail.await("cyd@test.example", "Your week from March 2");
            assertTrue(MailSite.text(weekly).contains("Stories of the week"), MailSite.text(weekly));
            MailSite.settle();
            assertEquals(1, mail.to("bob@test.example", "digest").size(), "no stories on March 8: no daily mail");
            assertTrue(mail.to("dan@test.example").stream().noneMatch(m -> MailSite.subject(m).contains("digest")));
        }
    }
}
