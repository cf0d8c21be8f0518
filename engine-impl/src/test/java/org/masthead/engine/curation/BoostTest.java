package org.masthead.engine.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.MutableClock;
import org.masthead.engine.testing.TestSite;

/** Boost nominations by publication editors, the curators' decisions on them, quotas, and Staff Picks. */
class BoostTest {
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
    private static TestSite site;
    private static Client editor;
    private static Client outsider;
    private static Client curator;
    private static String publication;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.clock(CLOCK).jobTick(Duration.ofMillis(100)));
        editor = site.newUser("boosteditor");
        outsider = site.newUser("boostoutsider");
        curator = site.newUser("boostcurator");
        String curatorId = curator.get("/api/v1/me").assertStatus(200).json().get("id").asText();
        site.admin().putJson("/api/v1/admin/users/" + curatorId + "/role", "{\"role\":\"curator\"}").assertStatus(200);
        publication = newPublication("Deep Water", "deep-water");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String newPublication(String name, String slug) {
        return editor.postJson("/api/v1/publications", "{\"name\":\"" + name + "\",\"slug\":\"" + slug + "\"}")
                .assertStatus(201).json().get("id").asText();
    }

    /** A story of {@code words} distinct words published in {@code publicationId} (or on its own for null). */
    private static String publish(String title, String publicationId, String visibility) {
        String body = IntStream.range(0, 150).mapToObj(i -> title.replace(" ", "") + i)
                .collect(Collectors.joining(" "));
        String id = editor.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + body + "\""
                + (publicationId == null ? "" : ",\"publicationId\":\"" + publicationId + "\"")
                + ",\"tags\":[\"water\"]}").assertStatus(201).json().get("id").asText();
        editor.postJson("/api/v1/stories/" + id + "/publish", "{\"visibility\":\"" + visibility + "\"}")
                .assertStatus(200);
        return id;
    }

    /** Moves the clock on; sessions expire meanwhile, so everyone signs in again. */
    private static void advance(Duration time) {
        CLOCK.advance(time);
        signIn(editor, "boosteditor");
        signIn(outsider, "boostoutsider");
        signIn(curator, "boostcurator");
    }

    private static void signIn(Client client, String username) {
        client.login(username + "@test.example", "password-of-" + username);
    }

    private static Client.Reply nominate(String publicationId, String storyId) {
        return editor.postJson("/api/v1/publications/" + publicationId + "/boost-nominations",
                "{\"storyId\":\"" + storyId + "\",\"note\":\"Our best this month\"}");
    }

    private static JsonNode queued(String storyId) {
        for (JsonNode entry : curator.get("/api/v1/curation/queue").assertStatus(200).json()) {
            if (entry.get("story").get("id").asText().equals(storyId)) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void aNominationReachesCuratorsWhoBoostTheStoryAndTheWriterIsNotified() throws InterruptedException {
        String story = publish("Tides of spring", publication, "public");

        JsonNode nomination = nominate(publication, story).assertStatus(201).json();
        assertEquals("pending", nomination.get("state").asText());
        JsonNode entry = queued(story);
        assertEquals("Deep Water", entry.get("nomination").get("publication").asText());
        assertEquals("Our best this month", entry.get("nomination").get("note").asText());
        String trail = editor.get("/api/v1/stories/" + story + "/curation").assertStatus(200).body();
        assertTrue(trail.contains("boost-nominated"), trail);
        assertFalse(trail.contains("Our best this month"), "the note is for curators only");
        outsider.get("/api/v1/curation/nominations").assertError(403, "forbidden");
        String desk = curator.get("/admin/curation").assertStatus(200).body();
        assertTrue(desk.contains("Tides of spring") && desk.contains("Nominated for Boost by Deep Water"), desk);

        JsonNode accepted = curator.postJson("/api/v1/curation/nominations/" + nomination.get("id").asText()
                + "/decision", "{\"decision\":\"accept\"}").assertStatus(200).json();

        assertEquals("accepted", accepted.get("state").asText());
        JsonNode curation = editor.get("/api/v1/stories/" + story + "/curation").assertStatus(200).json();
        assertTrue(curation.has("boostedUntil"), curation.toString());
        curator.postJson("/api/v1/curation/nominations/" + nomination.get("id").asText() + "/decision",
                "{\"decision\":\"reject\"}").assertError(409, "already_decided");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String notices = "";
        while (!notices.contains("\"boost\"") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            notices = editor.get("/api/v1/notifications").assertStatus(200).body();
        }
        assertTrue(notices.contains("was Boosted"), notices);
    }

    @Test
    void aRejectedNominationLeavesTheStoryAsItWasAndOnTheTrail() {
        String story = publish("Still harbour", publication, "public");
        String id = nominate(publication, story).assertStatus(201).json().get("id").asText();

        curator.postJson("/api/v1/curation/nominations/" + id + "/decision", "{\"decision\":\"maybe\"}")
                .assertError(400, "invalid_decision");
        assertEquals("rejected", curator.postJson("/api/v1/curation/nominations/" + id + "/decision",
                "{\"decision\":\"reject\",\"note\":\"Not this time\"}").assertStatus(200).json().get("state").asText());

        JsonNode curation = editor.get("/api/v1/stories/" + story + "/curation").assertStatus(200).json();
        assertEquals("CURATION_STATUS_PENDING", curation.get("curationStatus").asText());
        assertFalse(curation.has("boostedUntil"));
        JsonNode last = curation.get("decisions").get(curation.get("decisions").size() - 1);
        assertEquals("boost.nomination-rejected", last.get("reasons").get(0).get("code").asText());
        nominate(publication, story).assertError(409, "already_nominated");
    }

    @Test
    void nominationsAreRefusedForStoriesCuratorsDecidedUnlistedDeletedOrNotThePublications() {
        String reviewed = publish("Reviewed reef", publication, "public");
        curator.postJson("/api/v1/curation/stories/" + reviewed + "/review",
                "{\"verdict\":\"distribute\",\"topic\":\"sea\"}").assertStatus(200);
        nominate(publication, reviewed).assertError(409, "already_reviewed");

        String boosted = publish("Boosted bay", publication, "public");
        curator.postJson("/api/v1/curation/stories/" + boosted + "/review", "{\"verdict\":\"boost\"}")
                .assertStatus(200);
        nominate(publication, boosted).assertError(409, "already_boosted");

        nominate(publication, publish("Hidden cove", publication, "unlisted")).assertError(409, "not_listed");

        String deleted = publish("Sunk ship", publication, "public");
        editor.delete("/api/v1/stories/" + deleted).assertStatus(204);
        nominate(publication, deleted).assertStatus(404);

        nominate(publication, publish("Own shore", null, "public")).assertStatus(404);
        outsider.postJson("/api/v1/publications/" + publication + "/boost-nominations",
                "{\"storyId\":\"" + publish("Outsider isle", publication, "public") + "\"}").assertStatus(403);
        editor.postJson("/api/v1/publications/" + publication + "/boost-nominations", "{}")
                .assertError(400, "missing_story");
    }

    @Test
    void aStoryOlderThanSixMonthsCannotBeNominated() {
        String pub = newPublication("Old Harbour", "old-harbour");
        String story = publish("Last year's storm", pub, "public");
        advance(Duration.ofDays(185));

        nominate(pub, story).assertError(409, "too_old");
    }

    @Test
    void eachPublicationNominatesWithinItsMonthlyQuota() {
        String pub = newPublication("Small Boats", "small-boats");
        site.admin().putJson("/api/v1/admin/publications/" + pub + "/boost-quota", "{\"quota\":-1}")
                .assertError(400, "invalid_quota");
        editor.putJson("/api/v1/admin/publications/" + pub + "/boost-quota", "{\"quota\":2}").assertStatus(403);
        assertEquals(2, site.admin().putJson("/api/v1/admin/publications/" + pub + "/boost-quota", "{\"quota\":2}")
                .assertStatus(200).json().get("quota").asInt());

        nominate(pub, publish("First dinghy", pub, "public")).assertStatus(201);
        nominate(pub, publish("Second dinghy", pub, "public")).assertStatus(201);
        String third = publish("Third dinghy", pub, "public");
        nominate(pub, third).assertError(409, "quota_used");

        JsonNode mine = editor.get("/api/v1/publications/" + pub + "/boost-nominations").assertStatus(200).json();
        assertEquals(2, mine.get("quota").asInt());
        assertEquals(2, mine.get("used").asInt());
        assertEquals("Our best this month", mine.get("nominations").get(0).get("note").asText());
        outsider.get("/api/v1/publications/" + pub + "/boost-nominations").assertStatus(403);

        advance(Duration.ofDays(31));
        nominate(pub, third).assertStatus(201);
    }

    @Test
    void curatorsPickStoriesForTheSignedOutHomePage() {
        String story = publish("Lighthouse keeper", null, "public");
        String pick = "/api/v1/curation/staff-picks/" + story;
        outsider.putJson(pick, "").assertError(403, "forbidden");

        curator.putJson(pick, "").assertStatus(204);
        curator.putJson(pick, "").assertError(409, "already_picked");

        assertEquals(story, site.client().get("/api/v1/staff-picks").assertStatus(200).json().get(0).get("id")
                .asText());
        String home = site.client().get("/").assertStatus(200).body();
        assertTrue(home.contains("Staff Picks") && home.contains("Lighthouse keeper"), home);
        assertFalse(outsider.get("/").assertStatus(200).body().contains("Staff Picks"), "signed-in home has tabs");

        curator.delete(pick).assertStatus(204);
        curator.delete(pick).assertStatus(404);
        assertFalse(site.client().get("/").assertStatus(200).body().contains("Staff Picks"));
        curator.putJson("/api/v1/curation/staff-picks/" + publish("Quiet cove", null, "unlisted"), "")
                .assertError(409, "not_listed");
    }
}
