package org.masthead.engine.medium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.engine.testing.Client;
import org.masthead.engine.testing.TestSite;

/** The Medium-compatible API, used as Medium's own clients use it: a bearer token and JSON. */
class MediumApiTest {
    private static TestSite site;
    private static Client editorSession;
    private static String editorId;
    private static String editorToken;
    private static String writerId;
    private static String writerToken;
    private static String publicationId;

    @BeforeAll
    static void start() {
        site = TestSite.start();
        editorSession = site.newUser("medium_editor");
        editorId = editorSession.get("/api/v1/me").json().get("id").asText();
        editorToken = token(editorSession, "[\"basicProfile\",\"listPublications\",\"publishPost\",\"uploadImage\"]");
        Client writerSession = site.newUser("medium_writer");
        writerId = writerSession.get("/api/v1/me").json().get("id").asText();
        writerToken = token(writerSession, "[\"basicProfile\",\"listPublications\",\"publishPost\"]");
        publicationId = editorSession.postJson("/api/v1/publications", "{\"name\":\"Dispatches\",\"slug\":\"dispatches\"}")
                .assertStatus(201).json().get("id").asText();
        editorSession.postJson("/api/v1/publications/" + publicationId + "/contributors",
                "{\"userId\":\"" + writerId + "\",\"role\":\"writer\"}").assertStatus(201);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String token(Client session, String scopes) {
        return session.postJson("/api/v1/tokens", "{\"name\":\"tool\",\"scopes\":" + scopes + "}")
                .assertStatus(201).json().get("token").asText();
    }

    private static Client.Reply call(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.engine().uri().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return site.client().send(request);
    }

    @Test
    void meAndPublications() {
        JsonNode me = call(editorToken, "GET", "/v1/me", null).assertStatus(200).json().get("data");
        assertEquals(editorId, me.get("id").asText());
        assertEquals("medium_editor", me.get("username").asText());
        assertEquals(site.engine().uri().resolve("/@medium_editor").toString(), me.get("url").asText());
        assertTrue(me.has("imageUrl"));

        JsonNode publications = call(editorToken, "GET", "/v1/users/" + editorId + "/publications", null)
                .assertStatus(200).json().get("data");
        assertEquals(1, publications.size());
        assertEquals("Dispatches", publications.get(0).get("name").asText());
        call(editorToken, "GET", "/v1/users/" + writerId + "/publications", null).assertStatus(403);

        JsonNode contributors = call(writerToken, "GET", "/v1/publications/" + publicationId + "/contributors", null)
                .assertStatus(200).json().get("data");
        assertEquals(2, contributors.size());
        contributors.forEach(node -> assertEquals(node.get("userId").asText().equals(editorId) ? "editor" : "writer",
                node.get("role").asText()));
    }

    @Test
    void errorsUseMediumsEnvelopeAndStatuses() {
        Client.Reply anonymous = call(null, "GET", "/v1/me", null);
        anonymous.assertStatus(401);
        JsonNode error = anonymous.json().get("errors").get(0);
        assertTrue(error.has("message") && error.has("code"), anonymous.body());
        call("mh_wrong", "GET", "/v1/me", null).assertStatus(401);
        String profileOnly = token(editorSession, "[\"basicProfile\"]");
        call(profileOnly, "POST", "/v1/users/" + editorId + "/posts", "{\"title\":\"x\",\"contentFormat\":\"html\","
                + "\"content\":\"<p>x</p>\"}").assertStatus(403);
        call(editorToken, "POST", "/v1/users/" + writerId + "/posts", "{\"title\":\"x\",\"contentFormat\":\"html\","
                + "\"content\":\"<p>x</p>\"}").assertStatus(403);
        call(editorToken, "POST", "/v1/users/" + editorId + "/posts", "{\"title\":\"x\",\"contentFormat\":\"html\","
                + "\"content\":\"<p>x</p>\",\"publishStatus\":\"secret\"}").assertStatus(400);
        call(editorToken, "GET", "/v1/publications/ffffffffffff/contributors", null).assertStatus(404);
    }

    @Test
    void createsPostsWithMediumsFieldsAndRules() {
        String content = "<h1>Liverpool FC</h1><p>You’ll never walk alone.</p>";
        JsonNode post = call(editorToken, "POST", "/v1/users/" + editorId + "/posts", "{\"title\":\"Liverpool FC\","
                + "\"contentFormat\":\"html\",\"content\":\"" + content.replace("\"", "\\\"") + "\","
                + "\"canonicalUrl\":\"http://jamietalbot.com/posts/liverpool-fc\","
                + "\"tags\":[\"football\",\"sport\",\"Liverpool\",\"fourth\",\"a-tag-that-is-longer-than-25\"],"
                + "\"publishStatus\":\"public\",\"license\":\"cc-40-by\"}").assertStatus(201).json().get("data");
        assertEquals("Liverpool FC", post.get("title").asText());
        assertEquals(editorId, post.get("authorId").asText());
        assertEquals("[\"football\",\"sport\",\"liverpool\"]", post.get("tags").toString());
        assertTrue(post.get("url").asText().startsWith(site.engine().uri().toString() + "@medium_editor/liverpool-fc-"));
        assertEquals("http://jamietalbot.com/posts/liverpool-fc", post.get("canonicalUrl").asText());
        assertEquals("public", post.get("publishStatus").asText());
        assertTrue(post.get("publishedAt").isNumber());
        assertEquals("cc-40-by", post.get("license").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", post.get("licenseUrl").asText());
        site.client().get(post.get("url").asText().substring(site.engine().uri().toString().length() - 1))
                .assertStatus(200);

        String longTitle = "x".repeat(101);
        JsonNode synthesized = call(editorToken, "POST", "/v1/users/" + editorId + "/posts", "{\"title\":\""
                + longTitle + "\",\"contentFormat\":\"markdown\",\"content\":\"# A title from the text\\n\\nBody.\","
                + "\"publishStatus\":\"draft\"}").assertStatus(201).json().get("data");
        assertEquals("A title from the text Body.", synthesized.get("title").asText());
        assertEquals("draft", synthesized.get("publishStatus").asText());
        assertFalse(synthesized.has("publishedAt"));
    }

    @Test
    void importedPostsKeepTheirDateAndSkipCuration() {
        JsonNode post = call(editorToken, "POST", "/v1/users/" + editorId + "/posts", "{\"title\":\"From my old blog\","
                + "\"contentFormat\":\"markdown\",\"content\":\"Old words.\",\"publishedAt\":\"2019-03-01T08:00:00Z\"}")
                .assertStatus(201).json().get("data");
        assertEquals(1551427200000L, post.get("publishedAt").asLong());
        JsonNode story = editorSession.get("/api/v1/stories/" + post.get("id").asText()).json();
        assertEquals("CURATION_STATUS_DISABLED", story.get("curationStatus").asText());
    }

    @Test
    void uploadsImagesLikeMedium() throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(8, 6,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        byte[] bytes = png.toByteArray();
        Client.Multipart form = Client.Multipart.file("image", "photo.png", "image/png", bytes);
        HttpRequest.Builder request = HttpRequest.newBuilder(site.engine().uri().resolve("/v1/images"))
                .header("Authorization", "Bearer " + editorToken).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
        JsonNode image = site.client().send(request).assertStatus(201).json().get("data");
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes)),
                image.get("md5").asText());
        String url = image.get("url").asText();
        assertTrue(url.startsWith(site.engine().uri() + "images/") && url.endsWith(".png"), url);
        site.client().get(url.substring(site.engine().uri().toString().length() - 1)).assertStatus(200);
    }

    @Test
    void publicationWritersCreateDraftsPendingAnEditor() {
        JsonNode post = call(writerToken, "POST", "/v1/publications/" + publicationId + "/posts",
                "{\"title\":\"Field report\",\"contentFormat\":\"markdown\",\"content\":\"Report.\","
                        + "\"publishStatus\":\"public\"}").assertStatus(201).json().get("data");
        assertEquals("draft", post.get("publishStatus").asText());
        assertEquals(publicationId, post.get("publicationId").asText());
        assertTrue(editorSession.get("/api/v1/publications/" + publicationId + "/submissions").body()
                .contains(post.get("id").asText()));

        JsonNode byEditor = call(editorToken, "POST", "/v1/publications/" + publicationId + "/posts",
                "{\"title\":\"Editor's letter\",\"contentFormat\":\"markdown\",\"content\":\"Hello.\"}")
                .assertStatus(201).json().get("data");
        assertEquals("public", byEditor.get("publishStatus").asText());
        String outsider = token(site.newUser("medium_outsider"), "[\"publishPost\"]");
        call(outsider, "POST", "/v1/publications/" + publicationId + "/posts",
                "{\"title\":\"Let me in\",\"contentFormat\":\"markdown\",\"content\":\"x\"}").assertStatus(403);
    }
}
