package org.masthead.engine.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.engine.mail.MailSite;
import org.masthead.engine.testing.Client;

/**
 * Notifications in the app and by mail: a new follower, a response, a publication's decision, a Boost and the
 * daily clap summary; a kind turned off by mail is still listed in the app.
 */
class NotificationTest {

    @Test
    void everyKindIsListedAndMailedAsChosen() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            Client bob = mail.newUser("bob");
            Client eve = mail.newUser("eve");
            String anaId = MailSite.id(ana);
            String bobId = MailSite.id(bob);

            bob.sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);
            MimeMessage follower = mail.await("ana@test.example", "bob started following you.");
            assertEquals("List-Unsubscribe=One-Click", MailSite.header(follower, "List-Unsubscribe-Post"));
            assertTrue(MailSite.header(follower, "List-Unsubscribe").contains(".follower."));
            assertTrue(MailSite.text(follower).contains("See it on Masthead: http"), MailSite.text(follower));
            // Following again after unfollowing is not news twice.
            bob.sendJson("DELETE", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);
            bob.sendJson("PUT", "/api/v1/users/" + anaId + "/follow", "").assertStatus(200);

            // Ana wants responses in the app only.
            ana.putJson("/api/v1/me/mail-preferences", "{\"notifications\":{\"response\":false}}").assertStatus(200);
            String story = ana.postJson("/api/v1/stories", "{\"title\":\"Tide tables\",\"content\":\"Text.\"}")
                    .assertStatus(201).json().get("id").asText();
            ana.postJson("/api/v1/stories/" + story + "/publish", "").assertStatus(200);
            bob.postJson("/api/v1/stories/" + story + "/responses", "{\"content\":\"Lovely.\"}").assertStatus(201);
            ana.postJson("/api/v1/stories/" + story + "/responses", "{\"content\":\"Thanks!\"}").assertStatus(201);

            // A Boost, as curation appends it.
            long storyKey = mail.site.count("SELECT id FROM story WHERE public_id = '" + story + "'");
            mail.site.database().execute("INSERT INTO outbox_event (topic, subject_id, detail, created_at)"
                    + " VALUES ('story.boosted', " + storyKey + ", '', 0)", mail.site.dataDir());
            mail.await("ana@test.example", "“Tide tables” was Boosted");

            // Claps are summed up after the day.
            for (Client clapper : List.of(bob, eve)) {
                clapper.postJson("/api/v1/stories/" + story + "/claps", "{\"count\":5,\"requestId\":\"req-"
                        + clapper.hashCode() + "\"}").assertStatus(200);
            }
            eve.postJson("/api/v1/stories/" + story + "/claps", "{\"count\":3,\"requestId\":\"req-more-of-eve\"}")
                    .assertStatus(200);
            MailSite.settle();
            assertTrue(mail.to("ana@test.example", "clapped").isEmpty(), "no clap mail before the day is over");
            mail.clock.advance(Duration.ofDays(1));
            mail.await("ana@test.example", "2 readers clapped 13 times for “Tide tables” on Mar 2.");

            // A publication's decision reaches the writer.
            String publication = eve.postJson("/api/v1/publications", "{\"name\":\"Harbour\",\"slug\":\"harbour\"}")
                    .assertStatus(201).json().get("id").asText();
            eve.postJson("/api/v1/publications/" + publication + "/contributors",
                    "{\"userId\":\"" + bobId + "\",\"role\":\"writer\"}").assertStatus(201);
            String draft = bob.postJson("/api/v1/stories", "{\"title\":\"Pitch\",\"content\":\"Text.\",\"publicationId\":\""
                    + publication + "\"}").assertStatus(201).json().get("id").asText();
            String submission = bob.postJson("/api/v1/publications/" + publication + "/submissions",
                    "{\"storyId\":\"" + draft + "\"}").assertStatus(201).json().get("id").asText();
            eve.postJson("/api/v1/publications/" + publication + "/submissions/" + submission + "/decision",
                    "{\"decision\":\"decline\"}").assertStatus(200);
            mail.await("bob@test.example", "Harbour declined “Pitch”.");

            MailSite.settle();
            assertEquals(1, mail.to("ana@test.example", "started following you").size());
            assertTrue(mail.to("ana@test.example", "responded").isEmpty(), "responses are not mailed to ana");
            assertTrue(mail.to("bob@test.example", "responded").isEmpty(), "nobody is told of their own response");

            JsonNode page = ana.get("/api/v1/notifications").assertStatus(200).json();
            List<String> messages = new ArrayList<>();
            page.get("notifications").forEach(n -> messages.add(n.get("kind").asText() + ": " + n.get("message").asText()));
            assertEquals(List.of(
                    "claps: 2 readers clapped 13 times for “Tide tables” on Mar 2.",
                    "boost: “Tide tables” was Boosted: curators picked it to reach more readers.",
                    "response: bob responded to “Tide tables”.",
                    "follower: bob started following you."), messages);
            assertEquals(4, page.get("unread").asLong());
            JsonNode response = page.get("notifications").get(2);
            assertEquals(story, response.get("storyId").asText());
            assertEquals(bobId, response.get("actorId").asText());
            assertTrue(response.get("url").asText().endsWith("-" + story), response.toString());

            ana.postJson("/api/v1/notifications/" + response.get("id").asText() + "/read", "").assertStatus(204);
            assertEquals(3, ana.get("/api/v1/notifications?unread=true").json().get("notifications").size());
            bob.postJson("/api/v1/notifications/" + response.get("id").asText() + "/read", "")
                    .assertError(404, "not_found");
            ana.postJson("/api/v1/notifications/read", "").assertStatus(204);
            assertEquals(0, ana.get("/api/v1/notifications").json().get("unread").asLong());
            ana.get("/api/v1/notifications?limit=0").assertError(400, "invalid_limit");
            mail.site.client().get("/api/v1/notifications").assertError(401, "unauthorized");
        }
    }

    @Test
    void preferencesHaveDefaultsAndRefuseNonsense() {
        try (MailSite mail = MailSite.start()) {
            Client ana = mail.newUser("ana");
            assertEquals("{\"newsletter\":true,\"digest\":\"daily\",\"notifications\":{\"follower\":true,"
                    + "\"response\":true,\"claps\":true,\"submission\":true,\"boost\":true}}",
                    ana.get("/api/v1/me/mail-preferences").assertStatus(200).body());
            JsonNode changed = ana.putJson("/api/v1/me/mail-preferences", "{\"digest\":\"weekly\",\"newsletter\":false,"
                    + "\"notifications\":{\"claps\":false}}").assertStatus(200).json();
            assertEquals("weekly", changed.get("digest").asText());
            assertFalse(changed.get("newsletter").asBoolean());
            assertFalse(changed.get("notifications").get("claps").asBoolean());
            assertTrue(changed.get("notifications").get("boost").asBoolean());
            ana.putJson("/api/v1/me/mail-preferences", "{\"digest\":\"hourly\"}").assertError(400, "invalid_digest");
            ana.putJson("/api/v1/me/mail-preferences", "{\"spam\":true}").assertError(400, "unknown_field");
            assertEquals("weekly", ana.get("/api/v1/me/mail-preferences").json().get("digest").asText());
            mail.site.client().putJson("/api/v1/me/mail-preferences", "{}").assertError(401, "unauthorized");
        }
    }
}
