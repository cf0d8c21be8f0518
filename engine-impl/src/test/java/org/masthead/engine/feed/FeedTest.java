package org.masthead.engine.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * A seeded site where one reader's For You, Following and tag pages hold exactly what the distribution rules say:
 * followed writers, interests learnt from claps, no muted writers, nothing already read or their own, and a
 * disqualified story only in Following.
 */
class FeedTest {
    private static TestSite site;
    private static Client reader;
    private static Client ana;
    private static Client bo;
    private static Client cy;
    private static final Map<String, String> STORIES = new LinkedHashMap<>();

    @BeforeAll
    static void seed() {
        site = TestSite.start();
        reader = site.newUser("feedreader");
        ana = site.newUser("feedana");
        bo = site.newUser("feedbo");
        cy = site.newUser("feedcy");
        publish(ana, "Ana on rivers", "rivers");
        publish(ana, "Cheap deals", "deals", "Buy [one](https://a.example/1) [two](https://a.example/2)"
                + " [three](https://a.example/3) [four](https://a.example/4) now");
        publish(bo, "Bo on gardening", "gardening");
        publish(cy, "Cy on compost", "gardening");
        publish(cy, "Cy on soil", "gardening");
        publish(cy, "Cy already read", "gardening");
        publish(reader, "My own garden", "gardening");

        reader.putJson("/api/v1/users/" + id(ana) + "/follow", "").assertStatus(200);
        reader.putJson("/api/v1/users/" + id(bo) + "/follow", "").assertStatus(200);
        reader.putJson("/api/v1/users/" + id(bo) + "/mute", "").assertStatus(200);
        // An interest learnt from claps, and a story read 30 seconds or more, straight into the reading table.
        reader.postJson("/api/v1/stories/" + STORIES.get("Cy on compost") + "/claps",
                "{\"count\":5,\"requestId\":\"" + UUID.randomUUID() + "\"}").assertStatus(200);
        site.database().execute("INSERT INTO reader_daily (day, story_id, reader_key, user_id, is_member, views,"
                + " reading_seconds, member_reading_seconds, is_read, first_view_at) SELECT 20000, s.id, 'k', u.id,"
                + " FALSE, 1, 60, 0, TRUE, 0 FROM story s, app_user u WHERE s.public_id = '"
                + STORIES.get("Cy already read") + "' AND u.username = 'feedreader'", site.dataDir());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String id(Client client) {
        return client.get("/api/v1/me").assertStatus(200).json().get("id").asText();
    }

    private static void publish(Client writer, String title, String tag) {
        publish(writer, title, tag, IntStream.range(0, 120).mapToObj(i -> title.replace(" ", "") + i)
                .collect(Collectors.joining(" ")));
    }

    private static void publish(Client writer, String title, String tag, String content) {
        String id = writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + content
                + "\",\"tags\":[\"" + tag + "\"]}").assertStatus(201).json().get("id").asText();
        writer.postJson("/api/v1/stories/" + id + "/publish", "{}").assertStatus(200);
        STORIES.put(title, id);
    }

    /** Title to first reason, in feed order. */
    private static Map<String, String> feed(Client client, String surface) {
        Map<String, String> items = new LinkedHashMap<>();
        for (JsonNode item : client.get("/api/v1/feed/" + surface + "?limit=50").assertStatus(200).json()) {
            items.put(item.get("story").get("title").asText(),
                    item.get("reasons").isEmpty() ? "" : item.get("reasons").get(0).get("message").asText());
        }
        return items;
    }

    @Test
    void forYouHoldsFollowsAndInterestsButNothingMutedReadOwnOrDisqualified() {
        Map<String, String> forYou = feed(reader, "for-you");

        assertEquals("You follow feedana", forYou.get("Ana on rivers"), forYou.toString());
        assertTrue(forYou.containsKey("Cy on soil"), "matched by an interest learnt from claps: " + forYou);
        assertFalse(forYou.containsKey("Bo on gardening"), "muted");
        assertFalse(forYou.containsKey("Cheap deals"), "disqualified by the Distribution Standards");
        assertFalse(forYou.containsKey("Cy already read"), "already read");
        assertFalse(forYou.containsKey("My own garden"), "their own");
    }

    @Test
    void followingHoldsTheFollowedWritersDisqualifiedStoryButNotTheMutedWriter() {
        Map<String, String> following = feed(reader, "following");

        assertTrue(following.containsKey("Ana on rivers") && following.containsKey("Cheap deals"), following.toString());
        assertFalse(following.containsKey("Bo on gardening"), "muted, though followed");
        assertEquals(2, following.size(), following.toString());
    }

    @Test
    void tagPagesLeaveOutMutedWritersForTheReaderOnly() {
        assertFalse(reader.get("/tag/gardening?sort=latest").assertStatus(200).body().contains("Bo on gardening"));
        assertTrue(site.client().get("/tag/gardening?sort=latest").assertStatus(200).body()
                .contains("Bo on gardening"));
        assertFalse(site.client().get("/tag/deals?sort=latest").assertStatus(200).body().contains("Cheap deals"),
                "disqualified stories stay off tag pages");
    }

    @Test
    void aStoryPageRecommendsStoriesOnItsTopicsByOtherWriters() {
        String url = cy.get("/api/v1/stories/" + STORIES.get("Cy on compost")).assertStatus(200).json().get("url")
                .asText();
        String page = site.client().get(url).assertStatus(200).body();
        String recommended = page.substring(page.indexOf("Recommended from"));

        assertTrue(recommended.contains("Bo on gardening"), recommended);
        assertFalse(recommended.contains("Cy on soil"), "the writer's own are under More from");
    }

    @Test
    void showLessLikeThisRemembersTheWriterAndTopic() {
        Client other = site.newUser("feedother");
        JsonNode shown = other.postJson("/api/v1/me/feed/show-less", "{\"storyId\":\"" + STORIES.get("Cy on soil")
                + "\"}").assertStatus(200).json();
        assertEquals(id(cy), shown.get("writers").get(0).asText());
        assertEquals("gardening", shown.get("topics").get(0).asText());
        other.postJson("/api/v1/me/feed/show-less", "{\"storyId\":\"" + STORIES.get("Cy on soil") + "\"}")
                .assertStatus(200);
        assertEquals(1, other.get("/api/v1/me/feed/show-less").json().get("writers").size(), "idempotent");
        other.postJson("/api/v1/me/feed/show-less", "{}").assertError(400, "missing_story");
        other.postJson("/api/v1/me/feed/show-less", "{\"storyId\":\"nope\"}").assertStatus(404);
        other.delete("/api/v1/me/feed/show-less").assertStatus(204);
        assertEquals(0, other.get("/api/v1/me/feed/show-less").json().get("topics").size());
        site.client().get("/api/v1/me/feed/show-less").assertStatus(401);
    }

    @Test
    void swappingTheRankerChangesForYouOnTheNextRequest() {
        Client admin = site.admin();
        try {
            admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"ranking-chronological\"}")
                    .assertStatus(200);
            List<String> titles = new ArrayList<>(feed(reader, "for-you").keySet());
            assertEquals(List.of("Cy on soil", "Cy on compost", "Ana on rivers"), titles,
                    "newest first, the same exclusions");
        } finally {
            admin.putJson("/api/v1/admin/plugins/active/FeedRanker", "{\"pluginId\":\"ranking-medium\"}")
                    .assertStatus(200);
        }
        site.client().get("/api/v1/feed/for-you").assertStatus(401);
        site.client().get("/api/v1/feed/elsewhere").assertStatus(404);
        assertTrue(site.client().get("/api/v1/feed/home").assertStatus(200).json().size() > 0);
    }
}
