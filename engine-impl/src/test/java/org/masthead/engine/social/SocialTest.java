package org.masthead.engine.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/**
 * The social features over HTTP, with every refusal's status and code, and the stored data unchanged after each
 * refusal.
 */
class SocialTest {
    private static final String THREE_PARAGRAPHS = "Opening words of the story.\\n\\nThe *middle* paragraph, "
            + "worth quoting.\\n\\nA closing thought.";
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    // ---- helpers

    private static String id(Client client) {
        return client.get("/api/v1/me").assertStatus(200).json().get("id").asText();
    }

    private static String draft(Client writer, String title) {
        return writer.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"" + THREE_PARAGRAPHS
                + "\"}").assertStatus(201).json().get("id").asText();
    }

    private static String story(Client writer, String title) {
        String id = draft(writer, title);
        writer.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
        return id;
    }

    /** A PUT with no body, as a browser's follow button sends it. */
    private static Client.Reply put(Client client, String path) {
        return client.send(HttpRequest.newBuilder(client.base().resolve(path)).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private static Client.Reply delete(Client client, String path) {
        return client.send(HttpRequest.newBuilder(client.base().resolve(path)).DELETE());
    }

    private static long count(String sql) {
        return site.database().queryLong(sql, site.dataDir());
    }

    private static void sql(String sql) {
        site.database().execute(sql, site.dataDir());
    }

    private static Client withoutCsrf(String username) {
        Client client = site.newUser(username);
        client.dropCsrfToken();
        return client;
    }

    private static String clap(int count, String requestId) {
        return "{\"count\":" + count + ",\"requestId\":\"" + requestId + "\"}";
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(field == null ? item.asText() : item.get(field).asText()));
        return values;
    }

    // ---- follows

    @Test
    void followingPeoplePublicationsAndTagsIsIdempotentAndCounted() {
        Client ana = site.newUser("f_ana");
        Client bob = site.newUser("f_bob");
        String bobId = id(bob);
        String publication = bob.postJson("/api/v1/publications", "{\"name\":\"Follow Weekly\",\"slug\":\"follow-weekly\"}")
                .assertStatus(201).json().get("id").asText();

        JsonNode followed = put(ana, "/api/v1/users/" + bobId + "/follow").assertStatus(200).json();
        assertTrue(followed.get("following").asBoolean());
        assertEquals(1, followed.get("followers").asLong());
        assertEquals(1, put(ana, "/api/v1/users/" + bobId + "/follow").assertStatus(200).json().get("followers").asLong());
        assertEquals(1, put(ana, "/api/v1/publications/" + publication + "/follow").assertStatus(200).json()
                .get("followers").asLong());
        assertEquals(1, put(ana, "/api/v1/tags/UX%20Writing/follow").assertStatus(200).json().get("followers").asLong());
        assertEquals(1, ana.putJson("/api/v1/tags/ux-writing/follow", "").assertStatus(200).json()
                .get("followers").asLong());

        JsonNode bobSocial = ana.get("/api/v1/users/" + bobId + "/social").assertStatus(200).json();
        assertEquals(bobId, bobSocial.get("userId").asText());
        assertEquals(1, bobSocial.get("followers").asLong());
        assertEquals(0, bobSocial.get("followingUsers").asLong());
        assertTrue(bobSocial.get("youFollow").asBoolean());
        JsonNode anonymous = site.client().get("/api/v1/users/" + bobId + "/social").assertStatus(200).json();
        assertEquals(1, anonymous.get("followers").asLong());
        assertFalse(anonymous.has("youFollow"), anonymous.toString());
        JsonNode anaSocial = bob.get("/api/v1/users/" + id(ana) + "/social").assertStatus(200).json();
        assertEquals(List.of(0L, 1L, 1L, 1L), List.of(anaSocial.get("followers").asLong(),
                anaSocial.get("followingUsers").asLong(), anaSocial.get("followingPublications").asLong(),
                anaSocial.get("followingTags").asLong()));
        assertFalse(anaSocial.get("youFollow").asBoolean());

        JsonNode following = ana.get("/api/v1/me/following").assertStatus(200).json();
        assertEquals(List.of("f_bob"), texts(following.get("users"), "username"));
        assertEquals(List.of(bobId), texts(following.get("users"), "id"));
        assertEquals(List.of("follow-weekly"), texts(following.get("publications"), "slug"));
        assertEquals(List.of("ux-writing"), texts(following.get("tags"), null));

        JsonNode unfollowed = delete(ana, "/api/v1/users/" + bobId + "/follow").assertStatus(200).json();
        assertFalse(unfollowed.get("following").asBoolean());
        assertEquals(0, unfollowed.get("followers").asLong());
        assertEquals(0, delete(ana, "/api/v1/users/" + bobId + "/follow").assertStatus(200).json().get("followers").asLong());
        delete(ana, "/api/v1/publications/" + publication + "/follow").assertStatus(200);
        delete(ana, "/api/v1/tags/ux-writing/follow").assertStatus(200);
        following = ana.get("/api/v1/me/following").assertStatus(200).json();
        assertEquals(0, following.get("users").size() + following.get("publications").size() + following.get("tags").size());
    }

    @Test
    void refusedFollowsStoreNothing() {
        Client cat = site.newUser("f_cat");
        String catId = id(cat);
        String dogId = id(site.newUser("f_dog"));
        put(cat, "/api/v1/users/" + catId + "/follow").assertError(400, "cannot_follow_self");
        put(cat, "/api/v1/users/000000000000/follow").assertError(404, "not_found");
        put(cat, "/api/v1/publications/000000000000/follow").assertError(404, "not_found");
        put(cat, "/api/v1/tags/%21%21%21/follow").assertError(400, "invalid_tag");
        put(cat, "/api/v1/tags/" + "x".repeat(41) + "/follow").assertError(400, "invalid_tag");
        put(site.client(), "/api/v1/users/" + dogId + "/follow").assertError(401, "unauthorized");
        put(site.client(), "/api/v1/tags/design/follow").assertError(401, "unauthorized");
        Client noCsrf = withoutCsrf("f_nocsrf");
        put(noCsrf, "/api/v1/users/" + dogId + "/follow").assertError(403, "forbidden");
        site.client().get("/api/v1/users/000000000000/social").assertError(404, "not_found");
        site.client().get("/api/v1/me/following").assertError(401, "unauthorized");

        assertEquals(0, site.client().get("/api/v1/users/" + dogId + "/social").json().get("followers").asLong());
        JsonNode catSocial = site.client().get("/api/v1/users/" + catId + "/social").json();
        assertEquals(0, catSocial.get("followers").asLong() + catSocial.get("followingUsers").asLong()
                + catSocial.get("followingTags").asLong() + catSocial.get("followingPublications").asLong());
    }

    // ---- claps

    @Test
    void clapsAddUpToFiftyPerReaderAndRetriesCountOnce() {
        Client writer = site.newUser("c_writer");
        Client reader = site.newUser("c_reader");
        String story = story(writer, "Clap for this");
        String claps = "/api/v1/stories/" + story + "/claps";

        JsonNode first = reader.postJson(claps, clap(10, "req-0001")).assertStatus(200).json();
        assertEquals(List.of(10, 10, 1), List.of(first.get("yourClaps").asInt(), first.get("totalClaps").asInt(),
                first.get("clappers").asInt()));
        JsonNode retried = reader.postJson(claps, clap(10, "req-0001")).assertStatus(200).json();
        assertEquals(10, retried.get("yourClaps").asInt());
        assertEquals(10, retried.get("totalClaps").asInt());

        assertEquals(50, reader.postJson(claps, clap(40, "req-0002")).assertStatus(200).json().get("yourClaps").asInt());
        reader.postJson(claps, clap(1, "req-0003")).assertError(400, "too_many_claps");
        JsonNode after = reader.get(claps).assertStatus(200).json();
        assertEquals(50, after.get("yourClaps").asInt());
        assertEquals(50, after.get("totalClaps").asInt());
        // A refused request is not remembered: the same id is not "already applied".
        reader.postJson(claps, clap(1, "req-0003")).assertError(400, "too_many_claps");

        JsonNode second = site.newUser("c_second").postJson(claps, clap(5, "another-reader-1")).assertStatus(200).json();
        assertEquals(List.of(5, 55, 2), List.of(second.get("yourClaps").asInt(), second.get("totalClaps").asInt(),
                second.get("clappers").asInt()));
        JsonNode anonymous = site.client().get(claps).assertStatus(200).json();
        assertFalse(anonymous.has("yourClaps"), anonymous.toString());
        assertEquals(55, anonymous.get("totalClaps").asInt());
        assertEquals(0, writer.get(claps).assertStatus(200).json().get("yourClaps").asInt());
        assertEquals(3, count("SELECT COUNT(*) FROM clap_request r JOIN story s ON s.id = r.story_id"
                + " WHERE s.public_id = '" + story + "'"));
    }

    @Test
    void concurrentClapsNeitherDoubleCountARetryNorPassFifty() throws Exception {
        Client writer = site.newUser("c_writer3");
        Client retrier = site.newUser("c_retrier");
        Client eager = site.newUser("c_eager");
        String claps = "/api/v1/stories/" + story(writer, "Clapped at once") + "/claps";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Client.Reply>> retries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                retries.add(pool.submit(() -> retrier.postJson(claps, clap(5, "same-request"))));
            }
            for (Future<Client.Reply> retry : retries) {
                assertEquals(5, retry.get().assertStatus(200).json().get("yourClaps").asInt());
            }
            List<Future<Client.Reply>> requests = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String requestId = "eager-request-" + i;
                requests.add(pool.submit(() -> eager.postJson(claps, clap(5, requestId))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Client.Reply> request : requests) {
                statuses.add(request.get().status());
            }
            assertEquals(10, statuses.stream().filter(status -> status == 200).count(), statuses::toString);
            assertEquals(2, statuses.stream().filter(status -> status == 400).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        JsonNode totals = eager.get(claps).assertStatus(200).json();
        assertEquals(List.of(50, 55, 2), List.of(totals.get("yourClaps").asInt(), totals.get("totalClaps").asInt(),
                totals.get("clappers").asInt()));
    }

    @Test
    void refusedClapsStoreNothing() {
        Client writer = site.newUser("c_writer2");
        Client reader = site.newUser("c_reader2");
        String story = story(writer, "Do not clap wrongly");
        String draft = draft(writer, "Not out yet");
        String claps = "/api/v1/stories/" + story + "/claps";

        reader.postJson(claps, clap(51, "refused-51")).assertError(400, "too_many_claps");
        reader.postJson(claps, clap(0, "refused-00")).assertError(400, "invalid_clap_count");
        reader.postJson(claps, clap(-3, "refused-03")).assertError(400, "invalid_clap_count");
        reader.postJson(claps, "{\"requestId\":\"refused-04\"}").assertError(400, "invalid_clap_count");
        reader.postJson(claps, "{\"count\":\"ten\",\"requestId\":\"refused-05\"}").assertError(400, "invalid_field");
        reader.postJson(claps, "{\"count\":1.5,\"requestId\":\"refused-06\"}").assertError(400, "invalid_field");
        reader.postJson(claps, "{\"count\":1}").assertError(400, "missing_request_id");
        reader.postJson(claps, clap(1, "short")).assertError(400, "invalid_request_id");
        reader.postJson(claps, clap(1, "no spaces allowed")).assertError(400, "invalid_request_id");
        reader.postJson(claps, "").assertError(400, "missing_body");
        reader.postJson("/api/v1/stories/000000000000/claps", clap(1, "refused-07")).assertError(404, "not_found");
        reader.postJson("/api/v1/stories/" + draft + "/claps", clap(1, "refused-08")).assertError(404, "not_found");
        writer.postJson(claps, clap(1, "refused-09")).assertError(400, "cannot_clap_own_story");
        site.client().postJson(claps, clap(1, "refused-10")).assertError(401, "unauthorized");
        withoutCsrf("c_nocsrf").postJson(claps, clap(1, "refused-11")).assertError(403, "forbidden");
        site.client().get("/api/v1/stories/000000000000/claps").assertError(404, "not_found");

        JsonNode totals = reader.get(claps).assertStatus(200).json();
        assertEquals(List.of(0, 0, 0), List.of(totals.get("yourClaps").asInt(), totals.get("totalClaps").asInt(),
                totals.get("clappers").asInt()));
        assertEquals(0, count("SELECT COUNT(*) FROM clap_request r JOIN story s ON s.id = r.story_id"
                + " WHERE s.public_id = '" + story + "'"));
        assertEquals(50, reader.postJson(claps, clap(50, "refused-51")).assertStatus(200).json().get("yourClaps").asInt());
    }

    // ---- highlights

    @Test
    void highlightsAnchorToParagraphsAndGoStaleWhenTheirParagraphChanges() {
        Client writer = site.newUser("h_writer");
        Client reader = site.newUser("h_reader");
        Client other = site.newUser("h_other");
        String story = story(writer, "Worth highlighting");
        JsonNode paragraphs = site.client().get("/api/v1/stories/" + story + "/paragraphs").assertStatus(200).json()
                .get("paragraphs");
        assertEquals(List.of("Opening words of the story.", "The middle paragraph, worth quoting.", "A closing thought."),
                texts(paragraphs, "text"));
        assertEquals(List.of("0-" + Paragraphs.hash("Opening words of the story."),
                "1-" + Paragraphs.hash("The middle paragraph, worth quoting."),
                "2-" + Paragraphs.hash("A closing thought.")), texts(paragraphs, "id"));
        String middle = paragraphs.get(1).get("id").asText();
        String closing = paragraphs.get(2).get("id").asText();
        String highlights = "/api/v1/stories/" + story + "/highlights";
        String quote = "{\"paragraphId\":\"" + middle + "\",\"start\":22,\"end\":35,\"text\":\"worth quoting\"}";

        JsonNode created = reader.postJson(highlights, quote).assertStatus(201).json();
        assertEquals(middle, created.get("paragraphId").asText());
        assertEquals("worth quoting", created.get("text").asText());
        assertEquals(story, created.get("storyId").asText());
        assertFalse(created.get("stale").asBoolean());
        String highlightId = created.get("id").asText();
        assertEquals(highlightId, reader.postJson(highlights, quote).assertStatus(200).json().get("id").asText());
        other.postJson(highlights, quote).assertStatus(201);
        String closingId = reader.postJson(highlights, "{\"paragraphId\":\"" + closing
                + "\",\"start\":0,\"end\":9,\"text\":\"A closing\"}").assertStatus(201).json().get("id").asText();
        writer.postJson(highlights, "{\"paragraphId\":\"" + closing
                + "\",\"start\":0,\"end\":9,\"text\":\"A closing\"}").assertStatus(201);

        JsonNode top = writer.get(highlights + "/top").assertStatus(200).json().get("passages");
        assertEquals(List.of("worth quoting", "A closing"), texts(top, "text"));
        assertEquals(List.of("2", "2"), texts(top, "highlights"));
        assertEquals(List.of(middle, closing), texts(top, "paragraphId"));
        assertEquals(4, writer.get("/api/v1/stories/" + story + "/stats").json().get("highlights").asLong());

        // An edit adds a paragraph before the middle one and changes the closing one.
        sql("UPDATE story SET body_html = '<p>Opening words of the story.</p><p>An inserted aside.</p>"
                + "<p>The <em>middle</em> paragraph, worth quoting.</p><p>A different ending.</p>'"
                + " WHERE public_id = '" + story + "'");
        JsonNode mine = reader.get(highlights).assertStatus(200).json().get("highlights");
        assertEquals(List.of(highlightId, closingId), texts(mine, "id"));
        assertEquals(List.of("2-" + Paragraphs.hash("The middle paragraph, worth quoting."), closing),
                texts(mine, "paragraphId"));
        assertEquals(List.of("false", "true"), texts(mine, "stale"));
        assertEquals(List.of("worth quoting", "A closing"), texts(mine, "text"));
        JsonNode staleTop = writer.get(highlights + "/top").assertStatus(200).json().get("passages");
        assertEquals(List.of("false", "true"), texts(staleTop, "stale"));

        delete(other, "/api/v1/highlights/" + highlightId).assertError(403, "forbidden");
        delete(site.client(), "/api/v1/highlights/" + highlightId).assertError(401, "unauthorized");
        delete(reader, "/api/v1/highlights/" + highlightId).assertStatus(204);
        delete(reader, "/api/v1/highlights/" + highlightId).assertError(404, "not_found");
        assertEquals(List.of(closingId), texts(reader.get(highlights).json().get("highlights"), "id"));
    }

    @Test
    void refusedHighlightsStoreNothing() {
        Client writer = site.newUser("h_writer2");
        Client reader = site.newUser("h_reader2");
        String story = story(writer, "Careful highlighting");
        String draft = draft(writer, "Unpublished highlights");
        String middle = site.client().get("/api/v1/stories/" + story + "/paragraphs").json().get("paragraphs").get(1)
                .get("id").asText();
        String highlights = "/api/v1/stories/" + story + "/highlights";
        String good = "{\"paragraphId\":\"" + middle + "\",\"start\":0,\"end\":3,\"text\":\"The\"}";

        reader.postJson(highlights, good.replace(middle, "1-zzzzzzzz")).assertError(400, "invalid_paragraph_id");
        reader.postJson(highlights, good.replace(middle, "1-00000000")).assertError(400, "unknown_paragraph");
        reader.postJson(highlights, "{\"paragraphId\":\"" + middle + "\",\"start\":3,\"end\":3,\"text\":\"\"}")
                .assertError(400, "invalid_range");
        reader.postJson(highlights, "{\"paragraphId\":\"" + middle + "\",\"start\":-1,\"end\":3,\"text\":\"The\"}")
                .assertError(400, "invalid_range");
        reader.postJson(highlights, "{\"paragraphId\":\"" + middle + "\",\"start\":0,\"end\":99,\"text\":\"The\"}")
                .assertError(400, "invalid_range");
        reader.postJson(highlights, "{\"paragraphId\":\"" + middle + "\",\"end\":3,\"text\":\"The\"}")
                .assertError(400, "invalid_range");
        reader.postJson(highlights, good.replace("\"The\"", "\"Thy\"")).assertError(400, "text_mismatch");
        reader.postJson(highlights, "").assertError(400, "missing_body");
        reader.postJson("/api/v1/stories/000000000000/highlights", good).assertError(404, "not_found");
        reader.postJson("/api/v1/stories/" + draft + "/highlights", good).assertError(404, "not_found");
        site.client().postJson(highlights, good).assertError(401, "unauthorized");
        withoutCsrf("h_nocsrf").postJson(highlights, good).assertError(403, "forbidden");
        site.client().get(highlights).assertError(401, "unauthorized");
        site.client().get(highlights + "/top").assertError(401, "unauthorized");
        reader.get(highlights + "/top").assertError(403, "forbidden");
        reader.get("/api/v1/stories/" + draft + "/highlights/top").assertError(404, "not_found");
        site.client().get("/api/v1/stories/" + draft + "/paragraphs").assertError(404, "not_found");
        delete(reader, "/api/v1/highlights/000000000000").assertError(404, "not_found");

        assertEquals(0, reader.get(highlights).assertStatus(200).json().get("highlights").size());
        assertEquals(0, writer.get(highlights + "/top").assertStatus(200).json().get("passages").size());
    }

    // ---- blocks and mutes

    @Test
    void aBlockedPersonCannotFollowClapOrHighlightTheBlocker() {
        Client writer = site.newUser("b_writer");
        Client troll = site.newUser("b_troll");
        String writerId = id(writer);
        String trollId = id(troll);
        String story = story(writer, "Blocked from here");
        String middle = site.client().get("/api/v1/stories/" + story + "/paragraphs").json().get("paragraphs").get(1)
                .get("id").asText();
        put(troll, "/api/v1/users/" + writerId + "/follow").assertStatus(200);
        put(writer, "/api/v1/users/" + trollId + "/follow").assertStatus(200);
        troll.postJson("/api/v1/stories/" + story + "/claps", clap(3, "before-block")).assertStatus(200);

        assertTrue(put(writer, "/api/v1/users/" + trollId + "/block").assertStatus(200).json().get("blocked").asBoolean());
        put(writer, "/api/v1/users/" + trollId + "/block").assertStatus(200);
        assertEquals(List.of("b_troll"), texts(writer.get("/api/v1/me/blocked").assertStatus(200).json().get("users"),
                "username"));
        JsonNode writerSocial = site.client().get("/api/v1/users/" + writerId + "/social").json();
        assertEquals(0, writerSocial.get("followers").asLong(), "the block ended the troll's follow");
        assertEquals(0, writerSocial.get("followingUsers").asLong(), "and the writer's");

        put(troll, "/api/v1/users/" + writerId + "/follow").assertError(403, "blocked");
        troll.postJson("/api/v1/stories/" + story + "/claps", clap(3, "after-block")).assertError(403, "blocked");
        troll.postJson("/api/v1/stories/" + story + "/highlights", "{\"paragraphId\":\"" + middle
                + "\",\"start\":0,\"end\":3,\"text\":\"The\"}").assertError(403, "blocked");
        assertEquals(0, site.client().get("/api/v1/users/" + writerId + "/social").json().get("followers").asLong());
        assertEquals(3, troll.get("/api/v1/stories/" + story + "/claps").json().get("yourClaps").asInt());
        assertEquals(0, troll.get("/api/v1/stories/" + story + "/highlights").json().get("highlights").size());

        put(writer, "/api/v1/users/" + writerId + "/block").assertError(400, "cannot_block_self");
        put(writer, "/api/v1/users/000000000000/block").assertError(404, "not_found");
        put(site.client(), "/api/v1/users/" + trollId + "/block").assertError(401, "unauthorized");
        withoutCsrf("b_nocsrf").sendJson("PUT", "/api/v1/users/" + trollId + "/block", "")
                .assertError(403, "forbidden");
        site.client().get("/api/v1/me/blocked").assertError(401, "unauthorized");

        assertFalse(delete(writer, "/api/v1/users/" + trollId + "/block").assertStatus(200).json().get("blocked")
                .asBoolean());
        assertEquals(0, writer.get("/api/v1/me/blocked").json().get("users").size());
        put(troll, "/api/v1/users/" + writerId + "/follow").assertStatus(200);
        assertEquals(8, troll.postJson("/api/v1/stories/" + story + "/claps", clap(5, "after-unblock")).assertStatus(200)
                .json().get("yourClaps").asInt());
    }

    @Test
    void mutingWritersAndPublications() {
        Client reader = site.newUser("m_reader");
        Client loud = site.newUser("m_loud");
        String readerId = id(reader);
        String loudId = id(loud);
        String publication = loud.postJson("/api/v1/publications", "{\"name\":\"Loud Times\",\"slug\":\"loud-times\"}")
                .assertStatus(201).json().get("id").asText();

        assertTrue(put(reader, "/api/v1/users/" + loudId + "/mute").assertStatus(200).json().get("muted").asBoolean());
        put(reader, "/api/v1/users/" + loudId + "/mute").assertStatus(200);
        assertTrue(put(reader, "/api/v1/publications/" + publication + "/mute").assertStatus(200).json().get("muted")
                .asBoolean());
        JsonNode muted = reader.get("/api/v1/me/muted").assertStatus(200).json();
        assertEquals(List.of("m_loud"), texts(muted.get("users"), "username"));
        assertEquals(List.of("loud-times"), texts(muted.get("publications"), "slug"));

        put(reader, "/api/v1/users/" + readerId + "/mute").assertError(400, "cannot_mute_self");
        put(reader, "/api/v1/users/000000000000/mute").assertError(404, "not_found");
        put(reader, "/api/v1/publications/000000000000/mute").assertError(404, "not_found");
        put(site.client(), "/api/v1/users/" + loudId + "/mute").assertError(401, "unauthorized");
        put(site.client(), "/api/v1/publications/" + publication + "/mute").assertError(401, "unauthorized");
        withoutCsrf("m_nocsrf").sendJson("PUT", "/api/v1/users/" + loudId + "/mute", "").assertError(403, "forbidden");
        site.client().get("/api/v1/me/muted").assertError(401, "unauthorized");
        assertEquals(muted, reader.get("/api/v1/me/muted").json());

        assertFalse(delete(reader, "/api/v1/users/" + loudId + "/mute").assertStatus(200).json().get("muted").asBoolean());
        delete(reader, "/api/v1/publications/" + publication + "/mute").assertStatus(200);
        muted = reader.get("/api/v1/me/muted").json();
        assertEquals(0, muted.get("users").size() + muted.get("publications").size());
    }

    // ---- reading lists

    @Test
    void readingListsArePrivateUnlessPublicAndBookmarksGoToTheReadingList() {
        Client writer = site.newUser("l_writer");
        Client reader = site.newUser("l_reader");
        Client other = site.newUser("l_other");
        String first = story(writer, "First for the list");
        String second = story(writer, "Second for the list");

        JsonNode created = reader.postJson("/api/v1/lists", "{\"name\":\" Weekend reads \",\"description\":\"Long ones\"}")
                .assertStatus(201).json();
        String privateList = created.get("id").asText();
        assertEquals("Weekend reads", created.get("name").asText());
        assertFalse(created.get("public").asBoolean());
        assertFalse(created.get("readingList").asBoolean());
        assertEquals(id(reader), created.get("ownerId").asText());
        String publicList = reader.postJson("/api/v1/lists", "{\"name\":\"Best of\",\"public\":true}").assertStatus(201)
                .json().get("id").asText();

        assertEquals(1, put(reader, "/api/v1/lists/" + privateList + "/stories/" + first).assertStatus(200).json()
                .get("storyCount").asInt());
        assertEquals(1, put(reader, "/api/v1/lists/" + privateList + "/stories/" + first).assertStatus(200).json()
                .get("storyCount").asInt());
        assertEquals(2, put(reader, "/api/v1/lists/" + privateList + "/stories/" + second).assertStatus(200).json()
                .get("storyCount").asInt());
        put(reader, "/api/v1/lists/" + publicList + "/stories/" + second).assertStatus(200);

        JsonNode mine = reader.get("/api/v1/lists/" + privateList).assertStatus(200).json();
        assertEquals(List.of(second, first), texts(mine.get("stories"), "id"));
        assertEquals(List.of("Second for the list", "First for the list"), texts(mine.get("stories"), "title"));
        assertEquals("/@l_writer/first-for-the-list-" + first, mine.get("stories").get(1).get("url").asText());
        other.get("/api/v1/lists/" + privateList).assertError(404, "not_found");
        site.client().get("/api/v1/lists/" + privateList).assertError(404, "not_found");
        JsonNode shared = site.client().get("/api/v1/lists/" + publicList).assertStatus(200).json();
        assertTrue(shared.get("public").asBoolean());
        assertEquals(List.of(second), texts(shared.get("stories"), "id"));

        JsonNode bookmarked = put(reader, "/api/v1/stories/" + first + "/bookmark").assertStatus(200).json();
        assertTrue(bookmarked.get("readingList").asBoolean());
        assertEquals("Reading list", bookmarked.get("name").asText());
        assertEquals(1, bookmarked.get("storyCount").asInt());
        JsonNode lists = reader.get("/api/v1/lists").assertStatus(200).json().get("lists");
        assertEquals(List.of("Reading list", "Weekend reads", "Best of"), texts(lists, "name"));
        assertEquals(List.of("1", "2", "1"), texts(lists, "storyCount"));
        assertFalse(lists.get(0).has("stories"), lists.toString());
        assertEquals(0, delete(reader, "/api/v1/stories/" + first + "/bookmark").assertStatus(200).json()
                .get("storyCount").asInt());
        JsonNode otherLists = other.get("/api/v1/lists").assertStatus(200).json().get("lists");
        assertEquals(List.of("Reading list"), texts(otherLists, "name"));
        assertEquals(otherLists, other.get("/api/v1/lists").json().get("lists"), "the Reading list is made once");

        assertEquals(1, delete(reader, "/api/v1/lists/" + privateList + "/stories/" + second).assertStatus(200).json()
                .get("storyCount").asInt());
        delete(reader, "/api/v1/lists/" + publicList).assertStatus(204);
        site.client().get("/api/v1/lists/" + publicList).assertError(404, "not_found");
        assertEquals(List.of("Reading list", "Weekend reads"), texts(reader.get("/api/v1/lists").json().get("lists"), "name"));
    }

    @Test
    void refusedListChangesStoreNothing() {
        Client writer = site.newUser("l_writer2");
        Client owner = site.newUser("l_owner2");
        Client other = site.newUser("l_other2");
        String story = story(writer, "Listed once");
        String draft = draft(writer, "Not listable");
        String privateList = owner.postJson("/api/v1/lists", "{\"name\":\"Mine\"}").assertStatus(201).json()
                .get("id").asText();
        String publicList = owner.postJson("/api/v1/lists", "{\"name\":\"Ours\",\"public\":true}").assertStatus(201)
                .json().get("id").asText();
        String readingList = owner.get("/api/v1/lists").json().get("lists").get(0).get("id").asText();

        owner.postJson("/api/v1/lists", "{\"name\":\"  \"}").assertError(400, "invalid_name");
        owner.postJson("/api/v1/lists", "{\"name\":\"" + "n".repeat(101) + "\"}").assertError(400, "invalid_name");
        owner.postJson("/api/v1/lists", "{\"name\":\"x\",\"description\":\"" + "d".repeat(281) + "\"}")
                .assertError(400, "invalid_description");
        owner.postJson("/api/v1/lists", "{\"name\":\"x\",\"public\":\"yes\"}").assertError(400, "invalid_field");
        owner.postJson("/api/v1/lists", "").assertError(400, "missing_body");
        site.client().postJson("/api/v1/lists", "{\"name\":\"x\"}").assertError(401, "unauthorized");
        withoutCsrf("l_nocsrf").postJson("/api/v1/lists", "{\"name\":\"x\"}").assertError(403, "forbidden");
        put(other, "/api/v1/lists/" + privateList + "/stories/" + story).assertError(404, "not_found");
        put(other, "/api/v1/lists/" + publicList + "/stories/" + story).assertError(403, "forbidden");
        delete(other, "/api/v1/lists/" + publicList).assertError(403, "forbidden");
        delete(other, "/api/v1/lists/" + privateList).assertError(404, "not_found");
        put(owner, "/api/v1/lists/" + privateList + "/stories/000000000000").assertError(404, "not_found");
        put(owner, "/api/v1/lists/" + privateList + "/stories/" + draft).assertError(404, "not_found");
        put(owner, "/api/v1/lists/000000000000/stories/" + story).assertError(404, "not_found");
        put(site.client(), "/api/v1/lists/" + publicList + "/stories/" + story).assertError(401, "unauthorized");
        put(owner, "/api/v1/stories/000000000000/bookmark").assertError(404, "not_found");
        put(site.client(), "/api/v1/stories/" + story + "/bookmark").assertError(401, "unauthorized");
        delete(owner, "/api/v1/lists/" + readingList).assertError(400, "cannot_delete_reading_list");
        site.client().get("/api/v1/lists").assertError(401, "unauthorized");
        site.client().get("/api/v1/lists/000000000000").assertError(404, "not_found");

        JsonNode lists = owner.get("/api/v1/lists").assertStatus(200).json().get("lists");
        assertEquals(List.of("Reading list", "Mine", "Ours"), texts(lists, "name"));
        assertEquals(List.of("0", "0", "0"), texts(lists, "storyCount"));
    }

    // ---- reports

    @Test
    void aReaderHasOneOpenReportPerStory() {
        Client writer = site.newUser("r_writer");
        Client reader = site.newUser("r_reader");
        String story = story(writer, "Reported story");
        String draft = draft(writer, "Reported draft");
        String reports = "/api/v1/stories/" + story + "/reports";
        String stored = "SELECT COUNT(*) FROM story_report r JOIN story s ON s.id = r.story_id WHERE s.public_id = '"
                + story + "'";

        reader.postJson(reports, "{\"reason\":\"fun\"}").assertError(400, "invalid_reason");
        reader.postJson(reports, "{\"note\":\"no reason\"}").assertError(400, "invalid_reason");
        reader.postJson(reports, "{\"reason\":\"spam\",\"note\":\"" + "n".repeat(1001) + "\"}")
                .assertError(400, "note_too_long");
        reader.postJson(reports, "").assertError(400, "missing_body");
        writer.postJson(reports, "{\"reason\":\"spam\"}").assertError(400, "cannot_report_own_story");
        reader.postJson("/api/v1/stories/000000000000/reports", "{\"reason\":\"spam\"}").assertError(404, "not_found");
        reader.postJson("/api/v1/stories/" + draft + "/reports", "{\"reason\":\"spam\"}").assertError(404, "not_found");
        site.client().postJson(reports, "{\"reason\":\"spam\"}").assertError(401, "unauthorized");
        withoutCsrf("r_nocsrf").postJson(reports, "{\"reason\":\"spam\"}").assertError(403, "forbidden");
        assertEquals(0, count(stored));

        JsonNode report = reader.postJson(reports, "{\"reason\":\"Harassment\",\"note\":\" Insults in paragraph 2 \"}")
                .assertStatus(201).json();
        assertEquals("harassment", report.get("reason").asText());
        assertEquals("Insults in paragraph 2", report.get("note").asText());
        assertEquals(story, report.get("storyId").asText());
        reader.postJson(reports, "{\"reason\":\"spam\"}").assertError(409, "already_reported");
        assertEquals(1, count(stored));
        site.newUser("r_second").postJson(reports, "{\"reason\":\"rules\"}").assertStatus(201);
        assertEquals(2, count(stored));
        assertEquals(1, count(stored + " AND r.reason = 'HARASSMENT' AND r.note = 'Insults in paragraph 2'"));
    }

    // ---- stats

    @Test
    void writersSeeTheirStoryStats() {
        Client writer = site.newUser("s_writer");
        Client reader = site.newUser("s_reader");
        Client early = site.newUser("s_early");
        String writerId = id(writer);
        put(early, "/api/v1/users/" + writerId + "/follow").assertStatus(200);
        String story = story(writer, "Counted story");
        String stats = "/api/v1/stories/" + story + "/stats";
        // The early follower followed before the story was published, whatever the clock's resolution.
        sql("UPDATE user_follow SET created_at = 1 WHERE followee_id = (SELECT id FROM app_user WHERE public_id = '"
                + writerId + "')");

        JsonNode empty = writer.get(stats).assertStatus(200).json();
        assertEquals(story, empty.get("storyId").asText());
        for (String field : List.of("views", "reads", "claps", "clappers", "responses", "highlights", "followersGained")) {
            assertEquals(0, empty.get(field).asLong(), field);
        }
        assertEquals(0.0, empty.get("readRatio").asDouble());

        reader.postJson("/api/v1/stories/" + story + "/claps", clap(7, "stats-claps")).assertStatus(200);
        String middle = reader.get("/api/v1/stories/" + story + "/paragraphs").json().get("paragraphs").get(1)
                .get("id").asText();
        reader.postJson("/api/v1/stories/" + story + "/highlights", "{\"paragraphId\":\"" + middle
                + "\",\"start\":0,\"end\":3,\"text\":\"The\"}").assertStatus(201);
        put(reader, "/api/v1/users/" + writerId + "/follow").assertStatus(200);
        reader.postJson("/api/v1/stories/" + story + "/responses", "{\"content\":\"Well said.\"}").assertStatus(201);
        sql("INSERT INTO story_daily_stats (story_id, day, views, reads, reading_seconds, member_reading_seconds)"
                + " SELECT id, 20000, 30, 12, 600, 300 FROM story WHERE public_id = '" + story + "'");
        sql("INSERT INTO story_daily_stats (story_id, day, views, reads, reading_seconds, member_reading_seconds)"
                + " SELECT id, 20001, 10, 3, 100, 0 FROM story WHERE public_id = '" + story + "'");

        JsonNode counted = writer.get(stats).assertStatus(200).json();
        assertEquals(40, counted.get("views").asLong());
        assertEquals(15, counted.get("reads").asLong());
        assertEquals(0.375, counted.get("readRatio").asDouble());
        assertEquals(7, counted.get("claps").asLong());
        assertEquals(1, counted.get("clappers").asLong());
        assertEquals(1, counted.get("responses").asLong());
        assertEquals(1, counted.get("highlights").asLong());
        assertEquals(1, counted.get("followersGained").asLong());

        reader.get(stats).assertError(403, "forbidden");
        site.client().get(stats).assertError(401, "unauthorized");
        writer.get("/api/v1/stories/000000000000/stats").assertError(404, "not_found");
        reader.get("/api/v1/stories/" + draft(writer, "Someone else's draft") + "/stats").assertError(404, "not_found");
        assertEquals(0, writer.get("/api/v1/stories/" + draft(writer, "My draft") + "/stats").assertStatus(200).json()
                .get("views").asLong());
    }
}
