package org.masthead.engine.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** Drafts, edits, revisions, visibility, schedules, deletion and responses, over HTTP. */
class StoryLifecycleTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private static TestSite site;
    private static Client writer;
    private static Client reader;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        writer = site.newPartner("lifecycle");
        reader = site.newUser("lifereader");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static JsonNode draft(String title) {
        return writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"Some words here.\","
                + "\"tags\":[\"one\"]}").assertStatus(201).json();
    }

    private static String code(Client.Reply reply) {
        return reply.json().get("errors").get(0).get("code").asText();
    }

    @Test
    void editsNeedTheCurrentVersionAndKeepRevisions() {
        JsonNode story = draft("First title");
        String id = story.get("id").asText();
        assertEquals(1, story.get("version").asInt());

        JsonNode edited = writer.sendJson("PATCH", "/api/v1/stories/" + id,
                "{\"version\":1,\"title\":\"Second title\",\"tags\":[\"two\",\"three\"],\"license\":\"cc-40-by\","
                        + "\"canonicalUrl\":\"https://example.org/original\",\"memberOnly\":true}")
                .assertStatus(200).json();
        assertEquals(2, edited.get("version").asInt());
        assertEquals("Second title", edited.get("title").asText());
        assertTrue(edited.get("html").asText().contains("Some words here."), "content unchanged when left out");
        assertEquals("[\"two\",\"three\"]", edited.get("tags").toString());
        assertEquals("cc-40-by", edited.get("license").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", edited.get("licenseUrl").asText());
        assertEquals("https://example.org/original", edited.get("canonicalUrl").asText());
        assertTrue(edited.get("memberOnly").asBoolean());

        Client.Reply stale = writer.sendJson("PATCH", "/api/v1/stories/" + id, "{\"version\":1,\"title\":\"Lost\"}");
        stale.assertStatus(409);
        assertEquals("stale_version", code(stale));
        assertEquals(400, writer.sendJson("PATCH", "/api/v1/stories/" + id, "{\"title\":\"No version\"}").status());
        assertEquals("invalid_license", code(writer.sendJson("PATCH", "/api/v1/stories/" + id,
                "{\"version\":2,\"license\":\"cc-99\"}")));
        assertEquals("invalid_canonical_url", code(writer.sendJson("PATCH", "/api/v1/stories/" + id,
                "{\"version\":2,\"canonicalUrl\":\"javascript:alert(1)\"}")));
        assertEquals("too_many_tags", code(writer.sendJson("PATCH", "/api/v1/stories/" + id,
                "{\"version\":2,\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}")));
        reader.sendJson("PATCH", "/api/v1/stories/" + id, "{\"version\":2,\"title\":\"Not mine\"}").assertStatus(404);

        JsonNode current = writer.get("/api/v1/stories/" + id).assertStatus(200).json();
        assertEquals("Second title", current.get("title").asText());
        assertEquals(2, current.get("version").asInt());
        assertEquals("[\"two\",\"three\"]", current.get("tags").toString());
        JsonNode revisions = writer.get("/api/v1/stories/" + id + "/revisions").assertStatus(200).json();
        assertEquals(2, revisions.size());
        assertEquals("Second title", revisions.get(0).get("title").asText());
        assertEquals("First title", revisions.get(1).get("title").asText());
        reader.get("/api/v1/stories/" + id + "/revisions").assertStatus(404);
    }

    @Test
    void unlistedStoriesAreReachableByUrlOnly() {
        String id = draft("Quietly published").get("id").asText();
        JsonNode published = writer.postJson("/api/v1/stories/" + id + "/publish", "{\"visibility\":\"unlisted\"}")
                .assertStatus(200).json();
        assertEquals("unlisted", published.get("status").asText());
        reader.get(published.get("url").asText()).assertStatus(200);
        assertFalse(reader.get("/").body().contains("Quietly published"));
        assertTrue(writer.get("/api/v1/me/stories?status=unlisted").json().toString().contains(id));
        assertEquals("invalid_visibility",
                code(writer.postJson("/api/v1/stories/" + id + "/publish", "{\"visibility\":\"secret\"}")));
    }

    @Test
    void scheduledStoriesPublishWhenTheirTimeComes() throws InterruptedException {
        String id = draft("Tomorrow's story").get("id").asText();
        Instant at = CLOCK.instant().plus(Duration.ofHours(1));
        JsonNode scheduled = writer.postJson("/api/v1/stories/" + id + "/publish",
                "{\"publishAt\":\"" + at + "\"}").assertStatus(200).json();
        assertEquals("scheduled", scheduled.get("status").asText());
        assertEquals(at.toString(), scheduled.get("publishAt").asText());
        reader.get("/api/v1/stories/" + id).assertStatus(404);

        CLOCK.advance(Duration.ofHours(2));
        JsonNode later = null;
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            later = writer.get("/api/v1/stories/" + id).json();
            if (later.get("status").asText().equals("published")) {
                break;
            }
        }
        assertEquals("published", later.get("status").asText());
        assertEquals("CURATION_STATUS_PENDING", later.get("curationStatus").asText());
        reader.get("/api/v1/stories/" + id).assertStatus(200);
    }

    @Test
    void unpublishAndDelete() {
        String id = draft("Here and gone").get("id").asText();
        String url = writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json()
                .get("url").asText();
        reader.get(url).assertStatus(200);
        JsonNode back = writer.postJson("/api/v1/stories/" + id + "/unpublish", "").assertStatus(200).json();
        assertEquals("draft", back.get("status").asText());
        assertTrue(back.has("firstPublishedAt"), "keeps its first publication time");
        reader.get(url).assertStatus(404);
        reader.sendJson("DELETE", "/api/v1/stories/" + id, "").assertStatus(404);
        writer.sendJson("DELETE", "/api/v1/stories/" + id, "").assertStatus(204);
        writer.get("/api/v1/stories/" + id).assertStatus(404);
        writer.sendJson("DELETE", "/api/v1/stories/" + id, "").assertStatus(404);
        assertEquals(1, site.count("SELECT COUNT(*) FROM story WHERE public_id = '" + id + "' AND deleted_at IS NOT NULL"));
    }

    @Test
    void responsesAreStoriesAttachedToTheirParent() {
        String id = draft("Worth answering").get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
        JsonNode response = reader.postJson("/api/v1/stories/" + id + "/responses",
                "{\"content\":\"I disagree, *politely*.\"}").assertStatus(201).json();
        assertEquals(id, response.get("parentId").asText());
        assertEquals("published", response.get("status").asText());
        JsonNode thread = reader.postJson("/api/v1/stories/" + response.get("id").asText() + "/responses",
                "{\"content\":\"And a reply to the response.\"}").assertStatus(201).json();
        assertEquals(response.get("id").asText(), thread.get("parentId").asText());

        JsonNode responses = site.client().get("/api/v1/stories/" + id + "/responses").assertStatus(200).json();
        assertEquals(1, responses.size());
        assertEquals(response.get("id").asText(), responses.get(0).get("id").asText());
        site.client().get(response.get("url").asText()).assertStatus(200);
        assertFalse(site.client().get("/").body().contains("Response to Worth answering"), "responses are not feed items");

        assertEquals("missing_content", code(reader.postJson("/api/v1/stories/" + id + "/responses", "{\"content\":\"  \"}")));
        String unpublished = draft("Not yet out").get("id").asText();
        reader.postJson("/api/v1/stories/" + unpublished + "/responses", "{\"content\":\"early\"}").assertStatus(404);
        site.client().postJson("/api/v1/stories/" + id + "/responses", "{\"content\":\"anon\"}").assertStatus(401);

        String readerId = reader.get("/api/v1/me").json().get("id").asText();
        writer.sendJson("PUT", "/api/v1/users/" + readerId + "/block", "").assertStatus(200);
        reader.postJson("/api/v1/stories/" + id + "/responses", "{\"content\":\"blocked\"}").assertStatus(403);
        writer.sendJson("DELETE", "/api/v1/users/" + readerId + "/block", "").assertStatus(200);
    }
}
