package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * The deliberately faulty plugin (a real plugin jar) as the active ranker: when it throws or overruns its budget
 * the home page is still served, in the engine's fallback order, and the guard counts what happened.
 */
class PluginGuardTest {
    private static TestSite site;
    private static Client admin;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        admin = site.admin();
        Client writer = site.newUser("guarded");
        for (String title : new String[] {"Oldest story", "Middle story", "Newest story"}) {
            String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"x\"}")
                    .assertStatus(201).json().get("id").asText();
            writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
            sleepMillis(5);
        }
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void loadsTheDefaultPluginsAndTheFaultyOne() {
        JsonNode health = site.client().get("/health").assertStatus(200).json();
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("database").get("reachable").asBoolean());
        assertEquals(9, health.get("plugins").get("loaded").size(), health.toString());
        JsonNode active = health.get("plugins").get("active");
        assertEquals("curation-medium", active.get("CurationPolicy").asText());
        assertEquals("payout-partner-program", active.get("PayoutModel").asText());
        assertEquals("privacy-gdpr-ccpa", active.get("PrivacyCompliance").asText());
        assertEquals("[\"embed-oembed\"]", active.get("EmbedHandler").toString());
    }

    @Test
    void aThrowingPluginLeavesThePageServedByTheFallback() {
        activateFaulty("THROW", 0);
        Client.Reply home = site.client().get("/").assertStatus(200);
        assertInOrder(home.body(), "Newest story", "Middle story", "Oldest story");
        assertTrue(home.body().contains("Recently published"), "fallback explains itself");
        assertTrue(calls().get("failures").asLong() >= 1, calls().toString());
    }

    @Test
    void aSlowPluginLeavesThePageServedByTheFallback() {
        activateFaulty("SLEEP", 3_000);
        long started = System.nanoTime();
        Client.Reply home = site.client().get("/").assertStatus(200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertInOrder(home.body(), "Newest story", "Middle story", "Oldest story");
        assertTrue(millis < 3_000, "the guard did not wait for the plugin: " + millis + " ms");
        assertTrue(calls().get("timeouts").asLong() >= 1, calls().toString());
    }

    @Test
    void aWorkingPluginIsObeyedAndSwappingTakesEffectOnTheNextRequest() {
        activateFaulty("OK", 0);
        assertInOrder(site.client().get("/").assertStatus(200).body(), "Oldest story", "Middle story", "Newest story");
        admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"ranking-chronological\"}")
                .assertStatus(200);
        String home = site.client().get("/").assertStatus(200).body();
        assertInOrder(home, "Newest story", "Middle story", "Oldest story");
        assertTrue(home.contains("Published just now"), home);
    }

    @Test
    void refusesUnknownPluginsAndInvalidSettings() {
        admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"nope\"}").assertStatus(400);
        admin.putJson("/api/v1/admin/plugins/active/NoSuchPoint", "{\"pluginId\":\"test-faulty\"}").assertStatus(400);
        admin.putJson("/api/v1/admin/plugins/nope/settings", "{}").assertStatus(404);
        admin.putJson("/api/v1/admin/plugins/test-faulty/settings", "{\"" + "n".repeat(101) + "\":\"x\"}")
                .assertStatus(400);
        admin.putJson("/api/v1/admin/plugins/test-faulty/settings", "{\"mode\":null}").assertStatus(400);
    }

    private static void activateFaulty(String mode, long sleepMillis) {
        admin.putJson("/api/v1/admin/plugins/test-faulty/settings",
                "{\"mode\":\"" + mode + "\",\"sleepMillis\":\"" + sleepMillis + "\"}").assertStatus(200);
        admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"test-faulty\"}").assertStatus(200);
    }

    private static JsonNode calls() {
        return site.client().get("/health").json().get("plugins").get("calls").get("FeedRanker").get("test-faulty");
    }

    private static void assertInOrder(String body, String... titles) {
        int last = -1;
        for (String title : titles) {
            int at = body.indexOf(title);
            assertTrue(at > last, "expected " + String.join(", ", titles) + " in order in: " + body);
            last = at;
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
