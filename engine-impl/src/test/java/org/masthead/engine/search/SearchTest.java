package org.masthead.engine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Search over HTTP: what it finds, how it follows changes through the outbox, and what it refuses. */
class SearchTest {
    private static TestSite site;
    private static Client ana;
    private static Client bob;

    @BeforeAll
    static void start() {
        site = TestSite.start(builder -> builder.jobTick(Duration.ofMillis(200)));
        ana = site.newPartner("ana_lopez");
        bob = site.newUser("bob");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Writes a draft and, unless {@code publish} is null, publishes it with that body; returns its id. */
    static String story(Client writer, String title, String content, String tags, String publish) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + content
                + "\",\"tags\":[" + tags + "]}").assertStatus(201).json().get("id").asText();
        if (publish != null) {
            writer.postJson("/api/v1/stories/" + id + "/publish", publish).assertStatus(200);
        }
        return id;
    }

    static JsonNode search(String query, String type) {
        return site.client().get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (type == null ? "" : "&type=" + type)).assertStatus(200).json();
    }

    /** What the results of a search say in {@code field}, best first. */
    static List<String> found(String query, String type, String field) {
        List<String> values = new ArrayList<>();
        search(query, type).get("results").forEach(result -> values.add(result.get(field).asText()));
        return values;
    }

    /** Waits until {@code condition} holds: the index follows the outbox on the next job ticks. */
    static void eventually(String what, Supplier<Boolean> condition) {
        eventually(what, Duration.ofSeconds(20), condition);
    }

    static void eventually(String what, Duration patience, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void findsPublishedStoriesByTheirWordsTagsAndWriter() {
        String typography = story(ana, "Typography for the web", "Good kerning makes café menus readable.",
                "\"design\",\"type-setting\"", "{}");
        String members = story(ana, "Members read this", "A secret about kerning.", "\"design\"",
                "{}");
        ana.sendJson("PATCH", "/api/v1/stories/" + members, "{\"version\":2,\"memberOnly\":true}").assertStatus(200);
        String draft = story(ana, "Kerning draft", "Unfinished kerning notes.", "", null);
        String unlisted = story(ana, "Unlisted kerning", "Quiet kerning.", "", "{\"visibility\":\"unlisted\"}");
        String scheduled = story(ana, "Scheduled kerning", "Future kerning.", "",
                "{\"publishAt\":\"" + Instant.now().plus(Duration.ofDays(3)) + "\"}");
        String response = bob.postJson("/api/v1/stories/" + typography + "/responses",
                "{\"content\":\"I love kerning too.\"}").assertStatus(201).json().get("id").asText();

        eventually("the stories are indexed", () -> found("kerning", null, "id").size() == 2);
        assertEquals(List.of(typography, members).stream().sorted().toList(),
                found("kerning", null, "id").stream().sorted().toList());
        for (String hidden : List.of(draft, unlisted, scheduled, response)) {
            assertFalse(found("kerning", "stories", "id").contains(hidden), hidden);
        }
        assertEquals(List.of(typography), found("typography web", null, "id"), "all words must match");
        assertEquals(List.of(typography), found("cafe", null, "id"), "accents are folded");
        assertEquals(List.of(typography), found("menu", null, "id"), "words are stemmed");
        assertEquals(List.of(typography), found("setting", null, "id"), "tags are searched");
        assertEquals(List.of(typography), found("kerning -secret", null, "id"), "the simple syntax excludes");
        assertEquals(2, found("lopez", "stories", "id").size(), "a writer's name finds their stories");
        assertEquals(2, found("typography | members", null, "id").size(), "either word");

        JsonNode result = search("typography", "stories").get("results").get(0);
        assertEquals("Typography for the web", result.get("title").asText());
        assertEquals("ana_lopez", result.get("authorUsername").asText());
        assertTrue(result.get("url").asText().startsWith(site.engine().uri() + "@ana_lopez/typography-for-the-web-"),
                result.toString());
        assertEquals("[\"design\",\"type-setting\"]", result.get("tags").toString());

        String page = site.client().get("/search?q=kerning").assertStatus(200).body();
        assertTrue(page.contains("Typography for the web") && page.contains("/@ana_lopez/typography-for-the-web-"),
                page);
        assertFalse(page.contains("Kerning draft"), page);
    }

    @Test
    void followsEditsUnpublishingAndDeletion() {
        String id = story(bob, "Sourdough starter", "Flour and water and patience.", "\"baking\"", "{}");
        eventually("published", () -> found("sourdough", null, "id").equals(List.of(id)));
        eventually("its tag", () -> found("baking", "tags", "tag").equals(List.of("baking")));

        bob.sendJson("PATCH", "/api/v1/stories/" + id, "{\"version\":2,\"title\":\"Rye bread\",\"tags\":[\"rye\"]}")
                .assertStatus(200);
        eventually("the edit", () -> found("rye", null, "id").equals(List.of(id)));
        assertEquals(List.of(), found("sourdough", null, "id"));
        eventually("the old tag is gone", () -> found("baking", "tags", "tag").isEmpty());

        bob.postJson("/api/v1/stories/" + id + "/unpublish", "{}").assertStatus(200);
        // Results are read back from the database, so the story is gone at once; its tag goes with the index.
        assertEquals(List.of(), found("rye", null, "id"));
        eventually("its tag is unused", () -> found("rye", "tags", "tag").isEmpty());

        bob.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);
        eventually("published again", () -> found("rye", null, "id").equals(List.of(id)));
        bob.sendJson("DELETE", "/api/v1/stories/" + id, "").assertStatus(204);
        eventually("deleted", () -> found("rye", null, "id").isEmpty());
    }

    @Test
    void findsPeoplePublicationsAndTags() {
        Client cleo = site.newUser("cleo");
        eventually("a new person", () -> found("cleo", "people", "username").equals(List.of("cleo")));
        cleo.sendJson("PATCH", "/api/v1/me", "{\"displayName\":\"Cleopatra Jones\",\"bio\":\"Gardening and bees.\"}")
                .assertStatus(200);
        eventually("a profile edit", () -> found("garden bees", "people", "username").equals(List.of("cleo")));
        assertEquals(List.of("cleo"), found("jones", "people", "username"));
        assertEquals(List.of("ana_lopez"), found("lopez", "people", "username"), "usernames split at underscores");
        assertTrue(search("cleo", "people").get("results").get(0).get("url").asText().endsWith("/@cleo"));

        String publication = cleo.postJson("/api/v1/publications", "{\"name\":\"Garden Weekly\",\"slug\":\"garden-weekly\","
                + "\"tagline\":\"Soil, seeds and sunshine\"}").assertStatus(201).json().get("id").asText();
        eventually("a publication", () -> found("seeds", "publications", "slug").equals(List.of("garden-weekly")));
        JsonNode match = search("garden", "publications").get("results").get(0);
        assertEquals("Garden Weekly", match.get("name").asText());
        assertTrue(match.get("url").asText().endsWith("/p/garden-weekly"), match.toString());
        cleo.sendJson("PATCH", "/api/v1/publications/" + publication, "{\"name\":\"Allotment Weekly\"}")
                .assertStatus(200);
        eventually("a renamed publication", () -> found("allotment", "publications", "slug").size() == 1);
        cleo.sendJson("DELETE", "/api/v1/publications/" + publication, "").assertStatus(204);
        eventually("a deleted publication", () -> found("allotment", "publications", "slug").isEmpty());

        story(cleo, "Compost", "Leaves.", "\"gardening\",\"soil-life\"", "{}");
        story(cleo, "Mulch", "Straw.", "\"gardening\"", "{}");
        eventually("tags", () -> found("gardening", "tags", "stories").equals(List.of("2")));
        JsonNode tag = search("gardening", "tags").get("results").get(0);
        assertEquals("gardening", tag.get("tag").asText());
        assertTrue(tag.get("url").asText().endsWith("/tag/gardening"), tag.toString());
        assertEquals(List.of("soil-life"), found("soil", "tags", "tag"));

        String people = site.client().get("/search?q=cleopatra&type=people").assertStatus(200).body();
        assertTrue(people.contains("href=\"/@cleo\"") && people.contains("Cleopatra Jones"), people);
        assertTrue(people.contains("aria-current=\"page\">People"), people);
        String tags = site.client().get("/search?q=gardening&type=tags").assertStatus(200).body();
        assertTrue(tags.contains("href=\"/tag/gardening\"") && tags.contains("2 stories"), tags);
        String empty = site.client().get("/search?q=zzyzx").assertStatus(200).body();
        assertTrue(empty.contains("No stories match"), empty);
        assertTrue(site.client().get("/search").assertStatus(200).body().contains("<form class=\"search-page\""));
    }

    @Test
    void refusesBadSearchesWithAClearError() {
        Client client = site.client();
        client.get("/api/v1/search").assertError(400, "missing_query");
        client.get("/api/v1/search?q=%20%20").assertError(400, "missing_query");
        client.get("/api/v1/search?q=" + "a".repeat(201)).assertError(400, "query_too_long");
        client.get("/api/v1/search?q=x&type=everything").assertError(400, "invalid_type");
        client.get("/api/v1/search?q=x&limit=0").assertError(400, "invalid_limit");
        client.get("/api/v1/search?q=x&limit=many").assertError(400, "invalid_limit");
        client.get("/api/v1/search?q=x&limit=51").assertError(400, "invalid_limit");
        for (String syntax : List.of("\"unclosed", "(", ")", "*", "~", "-", "+", "|", "\\", "AND OR NOT", "title:x",
                "a~9999", "[x TO y]", "{}", "&&", "%", "<script>", "ünïcödé ∑", "x".repeat(200))) {
            for (String type : List.of("stories", "people", "publications", "tags")) {
                client.get("/api/v1/search?q=" + URLEncoder.encode(syntax, StandardCharsets.UTF_8) + "&type=" + type)
                        .assertStatus(200);
            }
        }
        Client.Reply page = client.get("/search?q=" + "a".repeat(201));
        assertEquals(400, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertEquals(400, client.get("/search?q=x&type=everything").status());
        String escaped = client.get("/search?q=" + URLEncoder.encode("<script>alert(1)</script>",
                StandardCharsets.UTF_8)).assertStatus(200).body();
        assertFalse(escaped.contains("<script>alert(1)"), escaped);
    }

    @Test
    void adminsRebuildEveryNodesIndex() {
        story(bob, "Lighthouses", "Beams across the water.", "", "{}");
        eventually("indexed", () -> found("lighthouse", null, "id").size() == 1);
        bob.postJson("/api/v1/admin/search/rebuild", "{}").assertStatus(403);
        site.client().get("/api/v1/admin/search").assertStatus(401);

        Client admin = site.admin();
        JsonNode before = admin.get("/api/v1/admin/search").assertStatus(200).json();
        assertTrue(before.get("documents").get("story").asInt() >= 1, before.toString());
        assertTrue(before.has("rebuiltAt"), "an index built at the first start: " + before);
        assertEquals("requested", admin.postJson("/api/v1/admin/search/rebuild", "{}").assertStatus(202).json()
                .get("status").asText());
        eventually("rebuilt", () -> {
            JsonNode status = admin.get("/api/v1/admin/search").json();
            return !status.get("rebuiltAt").asText().equals(before.get("rebuiltAt").asText())
                    && status.get("position").asLong() == status.get("outboxPosition").asLong();
        });
        assertEquals(1, found("lighthouse", null, "id").size());
        assertNotEquals(0, admin.get("/api/v1/admin/search").json().get("documents").get("person").asInt());
    }
}
