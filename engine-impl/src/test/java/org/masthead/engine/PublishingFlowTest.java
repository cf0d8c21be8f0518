package org.masthead.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** The thin slice end to end over HTTP: sign up, write, publish, read as JSON and as a page. */
class PublishingFlowTest {
    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void writerPublishesAStoryThatReadersSeeAsAPageAndAsJson() {
        Client ana = site.newUser("ana");
        JsonNode draft = ana.postJson("/api/v1/stories", """
                {"title":"Hello, Wörld: notes on type","subtitle":"A first story","contentFormat":"markdown",
                 "content":"# Heading\\n\\nSome **bold** words.<script>alert(1)</script>\\n\\n[link](https://example.org)",
                 "tags":["Typography","design ","design"]}""").assertStatus(201).json();
        String id = draft.get("id").asText();
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertEquals("draft", draft.get("status").asText());
        assertEquals("[\"typography\",\"design\"]", draft.get("tags").toString());
        assertFalse(draft.get("html").asText().contains("<script"), draft.get("html").asText());

        Client reader = site.client();
        reader.get("/api/v1/stories/" + id).assertStatus(404);

        JsonNode published = ana.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json();
        assertEquals("published", published.get("status").asText());
        assertEquals("CURATION_STATUS_PENDING", published.get("curationStatus").asText());
        Instant firstPublished = Instant.parse(published.get("firstPublishedAt").asText());
        long eligibleAt = published.get("curationEligibleAt").asLong();
        assertTrue(eligibleAt > 0 && eligibleAt < firstPublished.toEpochMilli(),
                "eligible just before first publication: " + eligibleAt + " vs " + firstPublished);
        String path = published.get("url").asText();
        assertEquals("/@ana/hello-world-notes-on-type-" + id, path);

        JsonNode asReader = reader.get("/api/v1/stories/" + id).assertStatus(200).json();
        assertEquals("Hello, Wörld: notes on type", asReader.get("title").asText());
        assertFalse(asReader.has("curationStatus"), "curation status is for the writer only");

        Client.Reply page = reader.get(path).assertStatus(200);
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("<h1>Hello, Wörld: notes on type</h1>"), page.body());
        assertTrue(page.body().contains("<strong>bold</strong>"), page.body());
        assertTrue(page.body().contains("rel=\"nofollow noopener ugc\""), page.body());
        assertFalse(page.body().contains("alert(1)"), page.body());
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));

        reader.get("/@ana/old-title-" + id).assertStatus(301);
        reader.get("/@ana/nothing-here-000000000000").assertStatus(404);

        Client.Reply home = reader.get("/").assertStatus(200);
        assertTrue(home.body().contains(path), home.body());
    }

    @Test
    void titlesAndAuthorsAreEscapedOnPages() {
        Client eve = site.newUser("eve");
        String id = eve.postJson("/api/v1/stories", "{\"title\":\"<img src=x onerror=alert(1)>\",\"content\":\"x\"}")
                .assertStatus(201).json().get("id").asText();
        String path = eve.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200).json().get("url").asText();
        String body = site.client().get(path).assertStatus(200).body();
        assertFalse(body.contains("<img src=x"), body);
        assertTrue(body.contains("&lt;img src=x onerror=alert(1)&gt;"), body);
    }

    @Test
    void onlyTheWriterPublishesTheirDraft() {
        Client owner = site.newUser("owner1");
        Client other = site.newUser("other1");
        String id = owner.postJson("/api/v1/stories", "{\"title\":\"Mine\",\"content\":\"text\"}")
                .assertStatus(201).json().get("id").asText();
        other.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(404);
        site.client().postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(401);
        owner.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(200);
        other.postJson("/api/v1/stories/" + id + "/publish", "").assertStatus(403);
    }

    @Test
    void publicationWritersPublishInTheirPublication() {
        Client editor = site.newUser("editor1");
        JsonNode publication = editor.postJson("/api/v1/publications",
                "{\"name\":\"The Type Review\",\"slug\":\"type-review\",\"tagline\":\"Letters\"}").assertStatus(201).json();
        String publicationId = publication.get("id").asText();
        editor.postJson("/api/v1/publications", "{\"name\":\"Again\",\"slug\":\"type-review\"}").assertStatus(409);
        JsonNode story = editor.postJson("/api/v1/stories", "{\"title\":\"In the review\",\"content\":\"x\","
                + "\"publicationId\":\"" + publicationId + "\"}").assertStatus(201).json();
        assertEquals(publicationId, story.get("publicationId").asText());
        site.newUser("outsider").postJson("/api/v1/stories", "{\"title\":\"Sneaky\",\"content\":\"x\","
                + "\"publicationId\":\"" + publicationId + "\"}").assertStatus(403);
        site.client().get("/api/v1/publications/" + publicationId).assertStatus(200);
    }
}
