package org.masthead.engine.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;

/**
 * The newsletter against a real SMTP server: followers of the writer and of the publication get one mail, nobody
 * else; the RFC 8058 one-click unsubscribe works without cookies and stops that list only, while administrative
 * mail still arrives.
 */
class NewsletterTest {

    @Test
    void followersGetOneMailAndOneClickUnsubscribeStopsOnlyThatList() throws Exception {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            Client bob = mail.newUser("bob");
            Client cy = mail.newUser("cyd");
            mail.newUser("dan");
            String anaId = MailSite.id(ana);
            bob.sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);
            cy.sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);

            String first = publish(ana, "Quiet harbours", true);
            MimeMessage toBob = mail.await("bob@test.example", "Quiet harbours");
            mail.await("cyd@test.example", "Quiet harbours");
            assertEquals("New from ana: Quiet harbours", MailSite.subject(toBob));
            String text = MailSite.text(toBob);
            assertTrue(text.contains("ana published a new story"), text);
            assertTrue(text.contains("Read the story (1 min): http"), text);
            assertTrue(MailSite.html(toBob).contains("Quiet harbours</a></h1>"), MailSite.html(toBob));
            assertEquals("List-Unsubscribe=One-Click", MailSite.header(toBob, "List-Unsubscribe-Post"));
            String listUnsubscribe = MailSite.header(toBob, "List-Unsubscribe");
            assertTrue(listUnsubscribe.matches("<http://[^>]+/mail/unsubscribe/[0-9a-f]{12}\\.newsletter\\.[A-Za-z0-9_-]{24}>"),
                    listUnsubscribe);
            // A story without notifyFollowers mails nobody.
            publish(ana, "Unannounced", false);
            MailSite.settle();
            assertEquals(Set.of("ana@test.example", "bob@test.example", "cyd@test.example"),
                    mail.received().stream().map(MailSite::recipient).collect(Collectors.toSet()),
                    "dan follows nobody: no newsletter");
            assertTrue(mail.to("bob@test.example", "Unannounced").isEmpty());

            // The mail client's one-click POST: no cookie, no CSRF token, the form body of RFC 8058.
            URI unsubscribe = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
            Client mailClient = mail.site.client();
            Client.Reply reply = mailClient.send(HttpRequest.newBuilder(mailClient.base().resolve(unsubscribe.getPath()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
            reply.assertStatus(200);
            assertTrue(reply.body().contains("You are unsubscribed"), reply.body());
            assertFalse(bob.get("/api/v1/me/mail-preferences").json().get("newsletter").asBoolean());
            assertTrue(bob.get("/api/v1/me/mail-preferences").json().get("notifications").get("follower").asBoolean(),
                    "only the newsletter list is left");

            publish(ana, "Second tide", true);
            mail.await("cyd@test.example", "Second tide");
            // Administrative mail still reaches bob, at his old and his new address.
            bob.postJson("/api/v1/me/email", "{\"email\":\"bob.new@test.example\",\"password\":\"password-of-bob\"}")
                    .assertStatus(202);
            mail.await("bob.new@test.example", "Confirm your new email address");
            MimeMessage notice = mail.await("bob@test.example", "A change of your email address was requested");
            assertNull(MailSite.header(notice, "List-Unsubscribe"), "administrative mail has no list to leave");
            assertTrue(mail.to("bob@test.example", "Second tide").isEmpty(), "bob left the newsletter");

            // Publishing the first story again never mails its followers a second time.
            ana.postJson("/api/v1/stories/" + first + "/unpublish", "").assertStatus(200);
            ana.postJson("/api/v1/stories/" + first + "/publish", "{\"notifyFollowers\":true}").assertStatus(200);
            MailSite.settle();
            assertEquals(1, mail.to("cyd@test.example", "Quiet harbours").size());
            assertEquals(1, mail.to("bob@test.example", "Quiet harbours").size());
        }
    }

    @Test
    void aPublicationsFollowersAreItsSubscribers() {
        try (MailSite mail = MailSite.start()) {
            Client owner = mail.newUser("olga");
            Client reader = mail.newUser("rita");
            Client both = mail.newUser("bea");
            Client muter = mail.newUser("moe");
            String publication = owner.postJson("/api/v1/publications", "{\"name\":\"Harbour Weekly\",\"slug\":\"harbour\"}")
                    .assertStatus(201).json().get("id").asText();
            String olga = MailSite.id(owner);
            for (Client follower : List.of(reader, both, muter)) {
                follower.sendJson("PUT", "/api/v1/publications/" + publication + "/follow", "").assertStatus(200);
            }
            both.sendJson("PUT", "/api/v1/users/" + olga + "/follow", "").assertStatus(200);
            muter.sendJson("PUT", "/api/v1/users/" + olga + "/mute", "").assertStatus(200);

            String story = owner.postJson("/api/v1/stories", "{\"title\":\"Tides\",\"content\":\"Text.\",\"publicationId\":\""
                    + publication + "\"}").assertStatus(201).json().get("id").asText();
            owner.postJson("/api/v1/stories/" + story + "/publish", "{\"notifyFollowers\":true}").assertStatus(200);

            MimeMessage toRita = mail.await("rita@test.example", "Tides");
            assertEquals("New in Harbour Weekly: Tides", MailSite.subject(toRita));
            mail.await("bea@test.example", "Tides");
            MailSite.settle();
            assertEquals(1, mail.to("bea@test.example", "Tides").size(), "following both is one mail");
            assertTrue(mail.to("moe@test.example", "Tides").isEmpty(), "muting the writer stops the newsletter");
            assertTrue(mail.to("olga@test.example", "Tides").isEmpty(), "the writer is not mailed");
        }
    }

    @Test
    void aScheduledStoryTellsFollowersWhenItGoesOut() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            Client bob = mail.newUser("bob");
            bob.sendJson("PUT", "/api/v1/users/" + MailSite.id(ana) + "/follow", "").assertStatus(200);
            String story = ana.postJson("/api/v1/stories", "{\"title\":\"Later\",\"content\":\"Text.\"}")
                    .assertStatus(201).json().get("id").asText();
            ana.postJson("/api/v1/stories/" + story + "/publish", "{\"notifyFollowers\":true,\"publishAt\":\""
                    + mail.clock.instant().plusSeconds(3600) + "\"}").assertStatus(200);
            MailSite.settle();
            assertTrue(mail.to("bob@test.example", "Later").isEmpty(), "not before it is published");
            mail.clock.advance(java.time.Duration.ofHours(2));
            mail.await("bob@test.example", "New from ana: Later");
        }
    }

    @Test
    void theLinksInAMailFooterWorkWithoutSigningIn() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            mail.newUser("bob").sendJson("PUT", "/api/v1/users/" + MailSite.id(ana) + "/follow", "").assertStatus(200);
            MimeMessage notice = mail.await("ana@test.example", "bob started following you.");
            String unsubscribe = mail.link(MailSite.text(notice), "/mail/unsubscribe/");
            String preferences = mail.link(MailSite.text(notice), "/mail/preferences/");
            assertEquals(preferences, mail.link(MailSite.html(notice), "/mail/preferences/"));
            Client browser = mail.site.client();

            // Opening the unsubscribe link only asks; mail scanners follow links.
            String page = browser.get(unsubscribe).assertStatus(200).body();
            assertTrue(page.contains("Stop sending new followers to ana@test.example?"), page);
            assertTrue(ana.get("/api/v1/me/mail-preferences").json().get("notifications").get("follower").asBoolean());
            browser.get(unsubscribe.replace(".follower.", ".digest.")).assertStatus(404);
            browser.get(preferences.substring(0, preferences.length() - 1) + "A").assertStatus(404);

            page = browser.get(preferences).assertStatus(200).body();
            assertTrue(page.contains("name=\"follower\" checked"), page);
            Client.Reply saved = browser.send(HttpRequest.newBuilder(browser.base().resolve(preferences))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("newsletter=on&digest=weekly&response=on")));
            assertTrue(saved.assertStatus(200).body().contains("Saved."), saved.body());
            assertEquals("{\"newsletter\":true,\"digest\":\"weekly\",\"notifications\":{\"follower\":false,"
                    + "\"response\":true,\"claps\":false,\"submission\":false,\"boost\":false}}",
                    ana.get("/api/v1/me/mail-preferences").body());
        }
    }

    private static String publish(Client writer, String title, boolean notify) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"Words about "
                + title + ".\"}").assertStatus(201).json().get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{\"notifyFollowers\":" + notify + "}").assertStatus(200);
        return id;
    }
}
