package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** Curation over HTTP: the automatic check at publish, the curator queue and reviews, the review window, appeals. */
class CurationTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"));
    private static TestSite site;
    private static Client writer;
    private static Client reader;
    private static Client curator;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        writer = site.newUser("curated");
        reader = site.newUser("curreader");
        curator = site.newUser("curator");
        String curatorId = curator.get("/api/v1/me").assertStatus(200).json().get("id").asText();
        site.admin().putJson("/api/v1/admin/users/" + curatorId + "/role", "{\"role\":\"curator\"}").assertStatus(200);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** A body of {@code words} distinct words, so that no two stories of a test look alike. */
    private static String body(String seed, int words) {
        return IntStream.range(0, words).mapToObj(i -> seed + i).collect(Collectors.joining(" "));
    }

    private static String publish(String title, String content, String tags) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + content
                + "\",\"tags\":" + tags + "}").assertStatus(201).json().get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);
        return id;
    }

    private static JsonNode curation(String id) {
        return writer.get("/api/v1/stories/" + id + "/curation").assertStatus(200).json();
    }

    private static String code(Client.Reply reply) {
        return reply.json().get("errors").get(0).get("code").asText();
    }

    @Test
    void aPublishedStoryIsPendingEligibleJustBeforeItsFirstPublication() {
        String id = publish("A calm morning", body("calm", 150), "[\"mornings\"]");

        JsonNode curation = curation(id);
        assertEquals("CURATION_STATUS_PENDING", curation.get("curationStatus").asText());
        assertEquals(curation.get("firstPublishedAt").asLong() - 1, curation.get("curationEligibleAt").asLong());
        assertTrue(curation.get("inReviewQueue").asBoolean());
        JsonNode check = curation.get("decisions").get(0);
        assertEquals("published", check.get("event").asText());
        assertEquals("standards.passed", check.get("reasons").get(0).get("code").asText());
        assertFalse(check.has("by"), "the automatic check has no person behind it");
        JsonNode story = writer.get("/api/v1/stories/" + id).assertStatus(200).json();
        assertEquals(curation.get("curationEligibleAt").asLong(), story.get("curationEligibleAt").asLong());
        assertFalse(story.get("nsfw").asBoolean());
        String stats = writer.get("/me/stats").assertStatus(200).body();
        assertTrue(stats.contains("A calm morning") && stats.contains("CURATION_STATUS_PENDING"), stats);
    }

    @Test
    void aCuratorDistributesAStoryIntoATopicAndItsTagPageShowsItAsCurated() {
        String id = publish("Seeds in winter", body("seed", 150), "[\"winter\"]");
        List<String> queued = new ArrayList<>();
        curator.get("/api/v1/curation/queue?topic=winter").assertStatus(200).json()
                .forEach(entry -> queued.add(entry.get("story").get("id").asText()));
        assertTrue(queued.contains(id), "in the queue, filtered by topic: " + queued);

        JsonNode decided = curator.postJson("/api/v1/curation/stories/" + id + "/review",
                "{\"verdict\":\"distribute\",\"topic\":\"Gardening\"}").assertStatus(200).json();

        assertEquals("CURATION_STATUS_DISTRIBUTED", decided.get("curationStatus").asText());
        assertEquals("gardening", decided.get("primaryTopic").asText());
        assertFalse(decided.get("inReviewQueue").asBoolean());
        assertEquals("curator", decided.get("decisions").get(1).get("by").asText());
        String tagPage = reader.get("/tag/gardening").assertStatus(200).body();
        assertTrue(tagPage.contains("Seeds in winter"), "curated into a topic it was not tagged with");
        assertTrue(tagPage.contains("Curated"), "marked as curated");
        assertEquals("curation.review", site.admin().get("/api/v1/admin/audit?action=curation.review")
                .assertStatus(200).json().get(0).get("action").asText());
    }

    @Test
    void aPendingStoryNobodyReviewsInTheWindowBecomesNotReviewed() throws InterruptedException {
        String id = publish("Waiting room", body("wait", 150), "[\"patience\"]");
        site.admin().putJson("/api/v1/admin/curation/settings", "{\"reviewWindowHours\":0}")
                .assertError(400, "invalid_settings");
        site.admin().putJson("/api/v1/admin/curation/settings", "{\"reviewWindowHours\":48}").assertStatus(200);

        CLOCK.advance(Duration.ofHours(47));
        Thread.sleep(500);
        assertEquals("CURATION_STATUS_PENDING", curation(id).get("curationStatus").asText());
        CLOCK.advance(Duration.ofHours(2));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"CURATION_STATUS_NOT_REVIEWED".equals(curation(id).get("curationStatus").asText())
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        JsonNode curation = curation(id);
        assertEquals("CURATION_STATUS_NOT_REVIEWED", curation.get("curationStatus").asText());
        assertTrue(curation.get("curationEligibleAt").asLong() > 0, "still eligible for general distribution");
        assertFalse(curation.get("inReviewQueue").asBoolean());
        assertEquals("review-window-elapsed", curation.get("decisions").get(1).get("event").asText());
        site.admin().putJson("/api/v1/admin/curation/settings", "{\"reviewWindowHours\":168}").assertStatus(200);
    }

    @Test
    void aSpamStoryIsNeverEligibleStaysOffForYouAndIsStillReachableByUrl() {
        String id = publish("Cheap deals", "Buy [one](https://a.example/1) [two](https://a.example/2)"
                + " [three](https://a.example/3) [four](https://a.example/4) now", "[\"deals\"]");

        JsonNode curation = curation(id);
        assertEquals("CURATION_STATUS_NOT_DISTRIBUTED", curation.get("curationStatus").asText());
        assertEquals(0, curation.get("curationEligibleAt").asLong());
        assertEquals("standards.link-density", curation.get("decisions").get(0).get("reasons").get(0).get("code")
                .asText());
        assertTrue(curation.get("canAppeal").asBoolean());
        assertFalse(reader.get("/").assertStatus(200).body().contains("Cheap deals"), "not on For You");
        String url = writer.get("/api/v1/stories/" + id).assertStatus(200).json().get("url").asText();
        assertTrue(reader.get(url).assertStatus(200).body().contains("Cheap deals"));

        JsonNode appealed = writer.postJson("/api/v1/stories/" + id + "/appeal",
                "{\"message\":\"These are my own shops\"}").assertStatus(200).json();
        assertFalse(appealed.get("canAppeal").asBoolean());
        assertTrue(appealed.get("inReviewQueue").asBoolean());
        assertEquals("CURATION_STATUS_NOT_DISTRIBUTED", appealed.get("curationStatus").asText());
        assertEquals("appeal_used", code(writer.postJson("/api/v1/stories/" + id + "/appeal",
                "{\"message\":\"Again\"}").assertStatus(409)));
        JsonNode entry = null;
        for (JsonNode queued : curator.get("/api/v1/curation/queue").assertStatus(200).json()) {
            if (queued.get("story").get("id").asText().equals(id)) {
                entry = queued;
            }
        }
        assertTrue(entry != null && entry.get("appealed").asBoolean(), "back in the queue as an appeal");

        JsonNode upheld = curator.postJson("/api/v1/curation/stories/" + id + "/review",
                "{\"verdict\":\"not_distribute\",\"note\":\"Promotional\"}").assertStatus(200).json();
        assertEquals("Promotional", upheld.get("decisions").get(2).get("reasons").get(0).get("message").asText());
        assertFalse(upheld.get("inReviewQueue").asBoolean());
    }

    @Test
    void aNearCopyOfAnotherStoryIsNotEligible() {
        String text = body("copy", 120);
        publish("The original", text, "[\"copies\"]");
        String copy = publish("The copy", text + " and one more line", "[\"copies\"]");

        JsonNode check = curation(copy).get("decisions").get(0);
        assertEquals("standards.near-duplicate", check.get("reasons").get(0).get("code").asText());
    }

    @Test
    void onlyStaffReachTheQueueAndOnlyTheWriterAndStaffSeeAStatus() {
        String id = publish("Private matters", body("private", 150), "[\"privacy\"]");

        reader.get("/api/v1/curation/queue").assertError(403, "forbidden");
        site.client().get("/api/v1/curation/queue").assertStatus(401);
        reader.postJson("/api/v1/curation/stories/" + id + "/review", "{\"verdict\":\"distribute\",\"topic\":\"x\"}")
                .assertError(403, "forbidden");
        reader.get("/api/v1/stories/" + id + "/curation").assertStatus(404);
        reader.postJson("/api/v1/stories/" + id + "/appeal", "{\"message\":\"mine\"}").assertStatus(403);
        curator.get("/api/v1/stories/" + id + "/curation").assertStatus(200);
        reader.get("/api/v1/admin/curation/settings").assertStatus(403);
        assertFalse(reader.get("/api/v1/stories/" + id).assertStatus(200).json().has("curationStatus"));
        assertEquals("CURATION_STATUS_PENDING", curator.get("/api/v1/stories/" + id).assertStatus(200).json()
                .get("curationStatus").asText());
    }

    @Test
    void badReviewsAreRefusedClearlyAndChangeNothing() {
        String id = publish("Firm ground", body("firm", 150), "[\"ground\"]");

        assertEquals("invalid_verdict", code(curator.postJson("/api/v1/curation/stories/" + id + "/review",
                "{\"verdict\":\"maybe\"}").assertStatus(400)));
        assertEquals("missing_topic", code(curator.postJson("/api/v1/curation/stories/" + id + "/review",
                "{\"verdict\":\"distribute\"}").assertStatus(400)));
        assertEquals("not_appealable", code(writer.postJson("/api/v1/stories/" + id + "/appeal",
                "{\"message\":\"why\"}").assertStatus(409)));
        String response = writer.postJson("/api/v1/stories/" + id + "/responses", "{\"content\":\"Agreed.\"}")
                .assertStatus(201).json().get("id").asText();
        assertEquals("not_in_curation", code(curator.postJson("/api/v1/curation/stories/" + response + "/review",
                "{\"verdict\":\"not_distribute\"}").assertStatus(409)));
        curator.get("/api/v1/curation/queue?limit=0").assertError(400, "invalid_limit");
        assertEquals("CURATION_STATUS_PENDING", curation(id).get("curationStatus").asText());
        assertEquals(1, curation(id).get("decisions").size());
    }
}
