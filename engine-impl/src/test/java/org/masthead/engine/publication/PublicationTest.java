package org.masthead.engine.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** Medium's publication roles and the submission workflow, over HTTP. */
class PublicationTest {
    private static TestSite site;
    private static Client owner;
    private static Client editor;
    private static Client writer;
    private static Client outsider;
    private static String publicationId;
    private static final Map<String, String> IDS = new java.util.HashMap<>();

    @BeforeAll
    static void start() {
        site = TestSite.start();
        owner = user("pubowner");
        editor = user("pubeditor");
        writer = user("pubwriter");
        outsider = user("puboutsider");
        publicationId = owner.postJson("/api/v1/publications", "{\"name\":\"Field Notes\",\"slug\":\"field-notes\"}")
                .assertStatus(201).json().get("id").asText();
        owner.postJson(contributors(), contributor("pubeditor", "editor")).assertStatus(201);
        editor.postJson(contributors(), contributor("pubwriter", "writer")).assertStatus(201);
    }

    private static Client user(String username) {
        Client client = site.newUser(username);
        IDS.put(username, client.get("/api/v1/me").json().get("id").asText());
        return client;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String contributors() {
        return "/api/v1/publications/" + publicationId + "/contributors";
    }

    private static String contributor(String username, String role) {
        return "{\"userId\":\"" + IDS.get(username) + "\",\"role\":\"" + role + "\"}";
    }

    private static String code(Client.Reply reply) {
        return reply.json().get("errors").get(0).get("code").asText();
    }

    private static String draft(Client author, String title, boolean inPublication) {
        return author.postJson("/api/v1/stories", "{\"title\":\"" + title + "\",\"content\":\"Body text.\""
                + (inPublication ? ",\"publicationId\":\"" + publicationId + "\"" : "") + "}")
                .assertStatus(201).json().get("id").asText();
    }

    @Test
    void contributorsFollowThePermissionMatrix() {
        Map<String, String> roles = new java.util.HashMap<>();
        site.client().get(contributors()).assertStatus(200).json()
                .forEach(node -> roles.put(node.get("username").asText(), node.get("role").asText()));
        assertEquals("owner", roles.get("pubowner"));
        assertEquals("editor", roles.get("pubeditor"));
        assertEquals("writer", roles.get("pubwriter"));

        Client extra = user("pubextra");
        // Editors add writers but not editors; writers add nobody; only the owner adds editors.
        assertEquals(403, editor.postJson(contributors(), contributor("pubextra", "editor")).status());
        assertEquals(403, writer.postJson(contributors(), contributor("pubextra", "writer")).status());
        assertEquals(403, outsider.postJson(contributors(), contributor("pubextra", "writer")).status());
        assertEquals(400, owner.postJson(contributors(), contributor("pubextra", "owner")).status());
        assertEquals(409, owner.postJson(contributors(), contributor("pubwriter", "writer")).status());
        owner.postJson(contributors(), contributor("pubextra", "editor")).assertStatus(201);
        assertEquals(403, editor.sendJson("DELETE", contributors() + "/" + IDS.get("pubextra"), "").status());
        owner.sendJson("DELETE", contributors() + "/" + IDS.get("pubextra"), "").assertStatus(204);
        assertEquals(404, owner.sendJson("DELETE", contributors() + "/" + IDS.get("pubextra"), "").status());
        assertEquals(400, owner.sendJson("DELETE", contributors() + "/" + IDS.get("pubowner"), "").status());
        extra.get("/api/v1/me").assertStatus(200);

        // Settings: owner and editors; deletion: the owner only.
        String settings = "/api/v1/publications/" + publicationId;
        assertEquals("Notes from the field", editor.sendJson("PATCH", settings, "{\"tagline\":\"Notes from the field\"}")
                .assertStatus(200).json().get("tagline").asText());
        assertEquals(403, writer.sendJson("PATCH", settings, "{\"tagline\":\"x\"}").status());
        assertEquals(403, editor.sendJson("DELETE", settings, "").status());
        assertEquals("Notes from the field", site.client().get(settings).json().get("tagline").asText());
    }

    @Test
    void writersSubmitAndEditorsDecide() {
        String story = draft(writer, "A writer's piece", true);
        Client.Reply direct = writer.postJson("/api/v1/stories/" + story + "/publish", "");
        direct.assertStatus(403);
        assertEquals("draft", writer.get("/api/v1/stories/" + story).json().get("status").asText());

        String submissions = "/api/v1/publications/" + publicationId + "/submissions";
        JsonNode submitted = writer.postJson(submissions, "{\"storyId\":\"" + story + "\",\"note\":\"Ready\"}")
                .assertStatus(201).json();
        assertEquals("submitted", submitted.get("state").asText());
        assertEquals(409, writer.postJson(submissions, "{\"storyId\":\"" + story + "\"}").status());
        String submissionId = submitted.get("id").asText();

        assertEquals(403, writer.get(submissions).status());
        JsonNode queue = editor.get(submissions).assertStatus(200).json();
        assertTrue(queue.toString().contains(submissionId), queue.toString());
        editor.get("/api/v1/stories/" + story).assertStatus(200);
        outsider.get("/api/v1/stories/" + story).assertStatus(404);

        String decision = submissions + "/" + submissionId + "/decision";
        assertEquals(403, writer.postJson(decision, "{\"decision\":\"accept\"}").status());
        assertEquals("invalid_decision", code(editor.postJson(decision, "{\"decision\":\"maybe\"}")));
        assertEquals("changes_requested", editor.postJson(decision,
                "{\"decision\":\"request_changes\",\"note\":\"Shorter intro\"}").assertStatus(200).json()
                .get("state").asText());
        assertEquals("invalid_state", code(editor.postJson(decision, "{\"decision\":\"accept\"}")));
        JsonNode mine = writer.get("/api/v1/me/submissions").assertStatus(200).json();
        assertEquals("Shorter intro", mine.get(0).get("note").asText());

        writer.postJson(submissions, "{\"storyId\":\"" + story + "\",\"note\":\"Shortened\"}").assertStatus(201);
        assertEquals("accepted", editor.postJson(decision, "{\"decision\":\"accept\"}").assertStatus(200).json()
                .get("state").asText());
        JsonNode published = outsider.get("/api/v1/stories/" + story).assertStatus(200).json();
        assertEquals("published", published.get("status").asText());
        assertEquals(publicationId, published.get("publicationId").asText());

        // Editors edit and feature any post of the publication; writers only their own.
        editor.sendJson("PATCH", "/api/v1/stories/" + story, "{\"version\":2,\"subtitle\":\"Edited by an editor\"}")
                .assertStatus(200);
        String featured = "/api/v1/publications/" + publicationId + "/featured/" + story;
        assertEquals(403, writer.sendJson("PUT", featured, "").status());
        editor.sendJson("PUT", featured, "").assertStatus(204);
        assertTrue(site.client().get("/api/v1/publications/" + publicationId + "/featured").json().toString()
                .contains(story));
        editor.sendJson("DELETE", featured, "").assertStatus(204);

        String ownersStory = draft(owner, "The owner's note", true);
        // A writer cannot even see another contributor's draft.
        writer.sendJson("PATCH", "/api/v1/stories/" + ownersStory, "{\"version\":1,\"title\":\"Hijacked\"}")
                .assertStatus(404);
        owner.postJson("/api/v1/stories/" + ownersStory + "/publish", "").assertStatus(200);
    }

    @Test
    void editorsRequestPublishedStoriesAndDeclinedDraftsLeave() {
        String independent = draft(outsider, "Independent essay", false);
        outsider.postJson("/api/v1/stories/" + independent + "/publish", "").assertStatus(200);
        String requests = "/api/v1/publications/" + publicationId + "/requests";
        assertEquals(403, writer.postJson(requests, "{\"storyId\":\"" + independent + "\"}").status());
        String requestId = editor.postJson(requests, "{\"storyId\":\"" + independent + "\",\"note\":\"We'd love it\"}")
                .assertStatus(201).json().get("id").asText();
        assertEquals(404, writer.postJson("/api/v1/me/submissions/" + requestId + "/answer", "{\"accept\":true}").status());
        assertEquals("accepted", outsider.postJson("/api/v1/me/submissions/" + requestId + "/answer",
                "{\"accept\":true}").assertStatus(200).json().get("state").asText());
        assertEquals(publicationId, site.client().get("/api/v1/stories/" + independent).json()
                .get("publicationId").asText());
        assertTrue(site.client().get(contributors()).body().contains("puboutsider"), "the writer joined as a writer");

        String declined = draft(writer, "Not a fit", true);
        String submissionId = writer.postJson("/api/v1/publications/" + publicationId + "/submissions",
                "{\"storyId\":\"" + declined + "\"}").assertStatus(201).json().get("id").asText();
        editor.postJson("/api/v1/publications/" + publicationId + "/submissions/" + submissionId + "/decision",
                "{\"decision\":\"decline\"}").assertStatus(200);
        JsonNode after = writer.get("/api/v1/stories/" + declined).assertStatus(200).json();
        assertEquals("draft", after.get("status").asText());
        assertTrue(!after.has("publicationId"), "a declined draft leaves the publication: " + after);
    }

    @Test
    void ownerAndEditorsSeeThePublicationsStats() {
        String fresh = owner.postJson("/api/v1/publications", "{\"name\":\"Tallies\",\"slug\":\"tallies\"}")
                .assertStatus(201).json().get("id").asText();
        owner.postJson("/api/v1/publications/" + fresh + "/contributors", contributor("pubeditor", "editor"))
                .assertStatus(201);
        String story = owner.postJson("/api/v1/stories", "{\"title\":\"Counted\",\"content\":\"x\","
                + "\"publicationId\":\"" + fresh + "\"}").assertStatus(201).json().get("id").asText();
        owner.postJson("/api/v1/stories/" + story + "/publish", "").assertStatus(200);
        outsider.postJson("/api/v1/stories/" + story + "/claps", "{\"count\":3,\"requestId\":\"stats-clap-1\"}")
                .assertStatus(200);
        outsider.sendJson("PUT", "/api/v1/publications/" + fresh + "/follow", "").assertStatus(200);

        JsonNode stats = editor.get("/api/v1/publications/" + fresh + "/stats").assertStatus(200).json();
        assertEquals(1, stats.get("stories").asLong());
        assertEquals(1, stats.get("followers").asLong());
        assertEquals(3, stats.get("claps").asLong());
        assertEquals(0, stats.get("views").asLong());
        owner.get("/api/v1/publications/" + fresh + "/stats").assertStatus(200);
        writer.get("/api/v1/publications/" + fresh + "/stats").assertStatus(403);
        site.client().get("/api/v1/publications/" + fresh + "/stats").assertStatus(401);
    }
}
